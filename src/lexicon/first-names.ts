/**
 * Common given names from many languages. A capitalised run of two or more words
 * that starts with one of these is probably a person. Not exhaustive by design:
 * titles, appositives and verbs of saying type the rest. Capitalised as in text.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(`
Aaron Abdul Abdullah Abdel Abdelrahman Abigail Abraham Ada Adam Adama Adrian Adriana Ahmad Ahmed Aisha Alan Albert
Alberto Alejandro Alex Alexander Alexandra Alexei Alexis Alfred Ali Alice Alicia Alison Amanda Amara Amber Amelia Amir Amit
Amy Ana Andre Andrea Andreas Andrew Andrés Andy Angela Angelo Anita Ann Anna Anne Annie Anthony Antoine Antonio Anya Arjun
Arthur Ashley Aya Ayesha Barbara Barry Bashir Beatriz Ben Benjamin Bernard Beth Betty Bill Bob Boris Brad Brandon Brian
Bruce Bruno Bryan Camille Carl Carla Carlos Carmen Carol Caroline Catherine Cecilia Charles Charlie Charlotte Chen Chloe
Chris Christian Christina Christine Christopher Claire Clara Claudia Colin Craig Cristina Daniel Daniela Danielle Danny
Dario Darius David Dean Deborah Denis Dennis Derek Diana Diego Dimitri Dmitry Dominic Donald Donna Doris Dorothy Douglas
Duncan Dylan Ed Eddie Edward Elena Eli Elias Elijah Elizabeth Ella Ellen Emily Emma Emmanuel Eric Erik Ethan Eva Evan
Eve Fahad Faisal Farah Fatima Felipe Felix Fernando Fiona Francesca Francis Francisco Frank Franz Fred Frederick Gabriel
Gabriela Gareth Gary George Georgia Gerald Gerhard Gianni Gilbert Giorgia Giovanni Giulia Giuseppe Grace Graham Greg
Gregory Guillaume Gustavo Habib Hamid Hana Hannah Hans Harold Harry Hassan Heather Hector Heinz Helen Helena Henry Hiroshi
Hugo Hussein Ian Ibrahim Ida Igor Ilya Imran Ines Irene Isaac Isabel Isabella Ivan Jack Jacob Jacques Jake James Jamie
Jan Jane Janet Jason Javier Jean Jeff Jeffrey Jennifer Jeremy Jerome Jessica Jill Jim Joan Joanna Joe Johan Johannes
John Jonathan Jorge Jose José Joseph Josh Joshua Juan Judith Julia Julian Julie Julien Justin Kai Kamala Karen Karim
Karl Kate Katherine Kathleen Katie Keith Kelly Ken Kenneth Kevin Khaled Khalid Kim Klaus Kofi Kumar Kurt Kwame Lara
Larry Laura Lauren Lawrence Layla Leah Lee Leila Lena Leo Leon Leonardo Liam Lily Linda Lisa Lorenzo Louis Louise Lucas
Lucia Luis Luisa Luke Lydia Mahmoud Malik Manuel Marc Marcel Marco Marcus Margaret Maria María Marie Marina Mario Mark
Marta Martha Martin Mary Mateo Matt Matteo Matthew Max Maya Megan Mehmet Melissa Michael Michel Michelle Miguel Mike
Mikhail Min Mohamed Mohammad Mohammed Muhammad Mona Monica Mustafa Nadia Nancy Naomi Natalia Natasha Nathan Neil Nicholas
Nick Nicola Nicolas Nicole Nikolai Nina Noah Nora Nour Olga Oliver Olivia Omar Oscar Pablo Pamela Patricia Patrick Paul
Paula Pedro Peter Philip Philippe Pierre Priya Rachel Rafael Rahul Rajesh Ralph Ramón Rana Randy Rashid Raúl Ray Rebecca
Richard Rick Rita Rob Robert Roberto Robin Roger Ronald Rosa Rose Ruth Ryan Sabrina Said Saeed Salim Salma Sam Samantha
Samir Samuel Sandra Sanjay Sara Sarah Scott Sean Sebastian Serena Sergei Sergey Sergio Shane Sharon Shira Simon Sofia
Sophia Sophie Stefan Stephanie Stephen Steve Steven Susan Suzanne Sven Tamara Tanya Tariq Teresa Theresa Thomas Tim
Timothy Tina Todd Tom Tomás Tony Tracy Ursula Valentina Valeria Vanessa Victor Victoria Vikram Vincent Vladimir Walter
Wang Wei William Xavier Yasmin Yael Yasser Yosef Youssef Yusuf Yuki Yuri Zainab Zara Zoe
Tomas Andres Raul Ramon Jose Joao Ines Zoltan Lukas Matej Jiri Tomasz Piotr Krzysztof Agnieszka Katarzyna Magdalena
Malgorzata Marek Pavel Petr Ivana Jana Hanna Henrik Lars Per Nils Ingrid Astrid Sigrid Solveig Elisabeth Mette Kari Karin Anders
Emil Ola Ole Mats Jonas Jens Niels Søren Freya Signe Mikael Oona Aino Eero Juha Pekka Mirela Ioana Andrei Florin Mihai
Ayo Adaeze Chiamaka Ngozi Oluwadamilare Kwabena Kojo Yaw Akosua Efua Wanjiru Wanjiku Njeri Otieno Kamau Aoife Siobhan
Niamh Ciaran Eoin Seamus Declan Sinead Padraig Ingrid Dagny Rune Anselm Norma Owen Ruth Nadia Mira Lucia Grace
Ada Amaka Babajide Chidi Chinedu Chioma Emeka Fola Funmi Ngozi Nnamdi Oluwaseun Segun Tunde Uche Yemi Kofi Ama Abena Kwesi
`.split(/\s+/).filter((w) => w.length > 0));
