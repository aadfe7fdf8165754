/** The start-page client functions as globals, for the type checker only (see ../client/globals.ts). */
import type * as inputs from './start-inputs.js';
import type * as main from './start-main.js';
import type * as reportMain from '../client/main.js';

declare global {
  const ccStartArticleLine: typeof inputs.ccStartArticleLine;
  const ccStartInput: typeof inputs.ccStartInput;
  const ccStartList: typeof inputs.ccStartList;
  const ccStartSend: typeof main.ccStartSend;
  const ccStartForm: typeof main.ccStartForm;
  const ccStartDownloads: typeof main.ccStartDownloads;
  const crosscheckMain: typeof reportMain.crosscheckMain;
}
