// Name lists for SYNTHETIC people: common forenames of children born in England and Wales
// in 2008–2026 and common surnames of the UK's communities, each roughly in order of how
// common it is. No real person's details are used: names are combined at random.

export const BOYS_NAMES = `Oliver Muhammad George Noah Arthur Leo Harry Oscar Archie Henry Theodore Freddie
Jack Charlie Theo Jacob Thomas William Alfie Isaac Joshua James Lucas Edward Finley Max Teddy Alexander
Ethan Tommy Reggie Arlo Hunter Jude Louie Elijah Albie Luca Sebastian Joseph Adam Rory Samuel Ronnie Hugo
Daniel Mason Benjamin Toby Dylan Reuben Albert Harrison Frankie Ezra Zachary Jaxon Jenson Carter Riley
Ollie Stanley Elliot Jackson Luke Louis Matthew Gabriel Bobby David Nathan Tyler Michael Ryan Kai Liam
Aaron Caleb Harvey Ralph Felix Dexter Jayden Callum Kyle Connor Lewis Owen Jamie Ibrahim Yusuf Ali Omar
Ayaan Zain Hamza Rayan Aryan Krish Kacper Jakub Filip Oskar Szymon Mateo Leon Ben Sonny Cameron Jordan
Kian Lenny Mohammed Christopher Andrew Peter Robert Richard Patrick Ciaran Declan Aiden Brandon Bradley
Kieran Reece Kofi Kwame Tobi Emeka Chidi Dawit Ahmed Bilal Idris Musa Adnan Arjun Rohan Dev Ravi Nikhil
Mikolaj Antoni Stefan Andrei Luka Marco Rafael Diego Tiago Joel Sam Alex Charles Frederick Nicholas
Anthony Stephen Timothy Jake Harley Maxwell Bailey Morgan Spencer Blake Dominic Francis Vincent Jasper
Miles Otis Rowan Ellis Ashton Corey Lucian Raphael Eli Ezekiel Malachi Isaiah Micah Tristan`
  .split(/\s+/)
  .filter(Boolean)

export const GIRLS_NAMES = `Olivia Amelia Isla Lily Ava Freya Ivy Florence Mia Willow Rosie Sophia Isabella Grace Daisy
Sienna Poppy Elsie Emily Ella Evelyn Phoebe Sofia Evie Charlotte Harper Millie Matilda Maya Sophie Alice
Emilia Isabelle Ruby Luna Maisie Aria Penelope Mila Bonnie Eva Hallie Eliza Ada Violet Esme Arabella
Imogen Jessica Delilah Erin Lucy Chloe Layla Ellie Hannah Holly Jasmine Scarlett Zara Aisha Fatima Maryam
Khadija Hafsa Inaaya Zainab Amira Lola Nancy Harriet Molly Megan Lauren Georgia Amber Katie Eleanor
Abigail Lexi Leah Beatrice Orla Niamh Aoife Cara Zoe Lacey Summer Darcy Thea Edith Iris Mabel Nell Rose
Maria Julia Zuzanna Hanna Amara Adaeze Chioma Ebony Kiera Paige Courtney Bethany Natalie Rebecca
Elizabeth Victoria Samantha Jennifer Katherine Margaret Josephine Alexandra Caitlin Tia Demi Skye Robyn
Heidi Jade Kayla Anaya Aleena Safa Noor Hiba Priya Anika Divya Riya Oliwia Lena Alicia Martina Bianca
Ines Beatriz Yasmin Leila Sara Nadia Esther Miriam Abena Ama Efua Nia Imani Keira Tilly Gracie Emma Anna
Francesca Gabriella Madison Jasmin Naomi Ruth Clara Heather Joanna Kimberley Danielle Stephanie Amy Sarah
Laura Rachel Ellen Helen`
  .split(/\s+/)
  .filter(Boolean)

export const SURNAMES = `Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper
Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker
Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller
Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb
Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler
Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson
Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole
Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong
Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods
Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson
Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross
Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins
O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne
Johnston Gordon Doyle Wallace George Jordan Hutchinson Rahman Miah Islam Uddin Akhtar Iqbal Mahmood
Hussein Okafor Adeyemi Mensah Owusu Nowak Kowalski Wisniewski Kaminski Lewandowski Zielinski Popescu
Ionescu Santos Silva Fernandes Nguyen Chen Wang Li Zhang Kumar Sharma Mistry Chauhan Joshi Mohamed Abdi
Yusuf Osman Farah Tran Kaya Yilmaz Demir Novak Horvat Gallagher Quinn Doherty Brennan Lynch Kavanagh
Fitzgerald Sweeney McLaughlin MacDonald Fraser Cameron Sinclair Duncan Hendry Morrison Paterson Kerr
Ferguson Hay Mackenzie Mackay Boyle Donnelly Devlin Hegarty Sullivan Walters Hammond Holt Howell Lamb
Barber Bolton Glover Goodwin Hewitt Hodges Horton Ingram Jarvis Kemp Knowles Leach Little Lucas Mann
Mellor Metcalfe Naylor Nash Norton Pratt Preston Randall Read Rowe Sanders Schofield Slater Steele Stephens
Swift Talbot Thornton Tucker Vaughan Wade Walters Waters Whitehead Wiggins Wong Akinola Balogun Oyelaran
Eze Nwosu Boateng Asante Appiah Danso Tesfaye Haile Abebe Warsame Jama Ismail Rashid Aziz Malik Butt
Chaudhry Qureshi Siddiqui Parekh Desai Mehta Pillai Nair Reddy Gupta Begum Sultana Choudhury Hossain`
  .split(/\s+/)
  .filter(Boolean)
  .filter((name, index, all) => all.indexOf(name) === index)

/**
 * Short and pet forms a referrer might write instead of the registered name. Kept apart from
 * the matcher's own table on purpose: several here (Hattie, Bea, Immy, Mariam, Fatma, …) are
 * not in it, so the benchmark also measures what happens when the table does not know a form.
 */
export const NICKNAMES: Record<string, string[]> = {
  William: ['Will', 'Bill', 'Billy', 'Liam'],
  Thomas: ['Tom', 'Tommy'],
  James: ['Jim', 'Jimmy', 'Jamie'],
  Joseph: ['Joe', 'Joey'],
  Samuel: ['Sam', 'Sammy'],
  Alexander: ['Alex', 'Xander'],
  Benjamin: ['Ben', 'Benji'],
  Daniel: ['Dan', 'Danny'],
  Matthew: ['Matt', 'Matty'],
  Edward: ['Ed', 'Eddie', 'Ted'],
  Harrison: ['Harry'],
  Henry: ['Harry', 'Hal'],
  Christopher: ['Chris', 'Kit'],
  Michael: ['Mike', 'Mikey', 'Mick'],
  Andrew: ['Andy', 'Drew'],
  Peter: ['Pete'],
  Robert: ['Rob', 'Bob', 'Robbie'],
  Richard: ['Rich', 'Ricky'],
  Patrick: ['Pat', 'Paddy'],
  Nathan: ['Nate', 'Nat'],
  Zachary: ['Zac', 'Zack'],
  Joshua: ['Josh'],
  Jacob: ['Jake'],
  Sebastian: ['Seb'],
  Oliver: ['Ollie', 'Olly'],
  Theodore: ['Theo', 'Teddy'],
  Albert: ['Bert', 'Albie'],
  Stanley: ['Stan'],
  Isaac: ['Ike'],
  Gabriel: ['Gabe'],
  Elijah: ['Eli'],
  Frederick: ['Fred', 'Freddie'],
  Nicholas: ['Nick', 'Nicky'],
  Anthony: ['Tony'],
  Stephen: ['Steve', 'Stevie'],
  Timothy: ['Tim'],
  Mohammed: ['Mo', 'Muhammad', 'Mohamed'],
  Muhammad: ['Mohammed', 'Mo'],
  Olivia: ['Liv', 'Livvy'],
  Amelia: ['Millie', 'Milly'],
  Isabella: ['Bella', 'Izzy'],
  Isabelle: ['Izzy', 'Belle'],
  Elizabeth: ['Liz', 'Lizzie', 'Beth', 'Libby'],
  Charlotte: ['Lottie', 'Charlie'],
  Katherine: ['Kate', 'Katie', 'Kathy'],
  Margaret: ['Maggie', 'Meg'],
  Jennifer: ['Jen', 'Jenny'],
  Rebecca: ['Becky', 'Becca'],
  Victoria: ['Vicky', 'Tori'],
  Alexandra: ['Alex', 'Lexi', 'Sasha'],
  Samantha: ['Sam'],
  Josephine: ['Jo', 'Josie'],
  Eleanor: ['Ellie', 'Nell'],
  Florence: ['Flo', 'Florrie'],
  Matilda: ['Tilly', 'Tilda'],
  Penelope: ['Penny'],
  Abigail: ['Abby', 'Abbie'],
  Jessica: ['Jess', 'Jessie'],
  Evelyn: ['Evie'],
  Natalie: ['Nat'],
  Sophia: ['Sophie'],
  Harriet: ['Hattie'],
  Beatrice: ['Bea', 'Trixie'],
  Arabella: ['Bella'],
  Imogen: ['Immy'],
  Maryam: ['Mariam'],
  Fatima: ['Fatma'],
  Gabriella: ['Gabby'],
  Francesca: ['Frankie', 'Fran'],
  Danielle: ['Dani'],
  Stephanie: ['Steph'],
}
