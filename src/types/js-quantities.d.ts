// The part of js-quantities (MIT, no types of its own) that crosscheck uses: conversion factors.
declare module 'js-quantities' {
  interface Qty {
    readonly scalar: number;
    to(unit: string): Qty;
    kind(): string;
  }
  function Qty(value: number, unit: string): Qty;
  export default Qty;
}
