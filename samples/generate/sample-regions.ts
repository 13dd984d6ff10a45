import type { SeededRandom } from './seeded-random';

/** A city a contact can be in: how people write its state or region, its time zone and dialling code. */
export interface SamplePlace {
  readonly city: string;
  /** Ways the state/region is typed; empty when people leave it out (most of Europe). */
  readonly states: readonly string[];
  readonly timeZone: string;
  /** Area code as dialled inside the country, without the trunk prefix. */
  readonly area: string;
}

/** A name written in its own script, with the Latin spelling the person's email uses. */
export interface NativeName {
  readonly first: string;
  readonly last: string;
  readonly latinFirst: string;
  readonly latinLast: string;
}

export interface SampleRegion {
  readonly country: string;
  /** Relative share of contacts from here. */
  readonly weight: number;
  /** How people type the country, with how often. */
  readonly spellings: readonly (readonly [string, number])[];
  readonly places: readonly SamplePlace[];
  readonly firstNames: readonly string[];
  readonly lastNames: readonly string[];
  /** Names in a non-Latin script, and the share of contacts who write theirs that way. */
  readonly nativeNames?: { readonly share: number; readonly names: readonly NativeName[] };
  readonly freeMail: readonly string[];
  readonly legalForms: readonly string[];
  /** A phone number the way people here type it. */
  readonly phone: (random: SeededRandom, place: SamplePlace) => string;
}

const group = (random: SeededRandom, ...lengths: number[]) => lengths.map((n) => random.digits(n)).join(' ');

// Numbers use the ranges set aside for fiction where a country has one (US 555-01xx, UK 020 7946 0xxx,
// AU 02 5550 xxxx / 0491 570 xxx); elsewhere they are random digits in a valid shape.
const usPhone = (random: SeededRandom, place: SamplePlace) => {
  const line = `01${random.digits(2)}`;
  return random.weighted<string>([[`(${place.area}) 555-${line}`, 4], [`${place.area}-555-${line}`, 3], [`+1 ${place.area} 555 ${line}`, 2], [`${place.area}.555.${line}`, 1]]);
};

export const SAMPLE_REGIONS: readonly SampleRegion[] = [
  {
    country: 'US', weight: 36,
    spellings: [['United States', 5], ['USA', 3], ['US', 2], ['U.S.', 1], ['United States of America', 1], ['usa', 1]],
    places: [
      { city: 'New York', states: ['New York', 'NY'], timeZone: 'America/New_York', area: '212' },
      { city: 'Boston', states: ['Massachusetts', 'MA'], timeZone: 'America/New_York', area: '617' },
      { city: 'Atlanta', states: ['Georgia', 'GA'], timeZone: 'America/New_York', area: '404' },
      { city: 'Chicago', states: ['Illinois', 'IL'], timeZone: 'America/Chicago', area: '312' },
      { city: 'Austin', states: ['Texas', 'TX'], timeZone: 'America/Chicago', area: '512' },
      { city: 'Denver', states: ['Colorado', 'CO'], timeZone: 'America/Denver', area: '303' },
      { city: 'San Francisco', states: ['California', 'CA'], timeZone: 'America/Los_Angeles', area: '415' },
      { city: 'Los Angeles', states: ['California', 'CA', 'Calif.'], timeZone: 'America/Los_Angeles', area: '213' },
      { city: 'Seattle', states: ['Washington', 'WA'], timeZone: 'America/Los_Angeles', area: '206' },
    ],
    firstNames: ['James', 'Mary', 'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Ethan', 'Sophia', 'Mason', 'Isabella', 'Lucas', 'Mia', 'Aiden', 'Charlotte', 'Elijah', 'Amelia', 'Logan', 'Harper', 'Jacob', 'Evelyn', 'Michael', 'Abigail', 'Daniel', 'Emily', 'Henry', 'Ella', 'Jackson', 'Chloe', 'Sebastian', 'Grace', 'Jack', 'Lily', 'Owen', 'Zoe', 'Samuel', 'Nora', 'Matthew', 'Riley', 'Wyatt', 'Jamal', 'DeShawn', 'Keisha', 'Carlos', 'Mei', 'Raj'],
    lastNames: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Hill', 'Campbell', "O'Brien", 'Nguyen', 'Kim', 'Patel'],
    freeMail: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'aol.com', 'comcast.net'],
    legalForms: ['Inc.', 'LLC', 'Corp.', ''],
    phone: usPhone,
  },
  {
    country: 'CA', weight: 5,
    spellings: [['Canada', 6], ['CA', 1], ['Canada ', 1]],
    places: [
      { city: 'Toronto', states: ['Ontario', 'ON'], timeZone: 'America/Toronto', area: '416' },
      { city: 'Vancouver', states: ['British Columbia', 'BC'], timeZone: 'America/Vancouver', area: '604' },
      { city: 'Montréal', states: ['Quebec', 'Québec', 'QC'], timeZone: 'America/Toronto', area: '514' },
    ],
    firstNames: ['Liam', 'Olivia', 'Noah', 'Emma', 'William', 'Charlotte', 'Benjamin', 'Amélie', 'Étienne', 'Chloé', 'Nathan', 'Maya', 'Gabriel', 'Léa'],
    lastNames: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Smith', 'Brown', 'MacDonald', 'Wilson', 'Martin', 'Lévesque', 'Singh'],
    freeMail: ['gmail.com', 'gmail.com', 'outlook.com', 'shaw.ca', 'rogers.com'],
    legalForms: ['Inc.', 'Ltd.', ''],
    phone: usPhone,
  },
  {
    country: 'GB', weight: 12,
    spellings: [['United Kingdom', 5], ['UK', 4], ['England', 2], ['Great Britain', 1], ['U.K.', 1]],
    places: [
      { city: 'London', states: [], timeZone: 'Europe/London', area: '20' },
      { city: 'Manchester', states: ['England', 'Greater Manchester'], timeZone: 'Europe/London', area: '161' },
      { city: 'Edinburgh', states: ['Scotland'], timeZone: 'Europe/London', area: '131' },
      { city: 'Bristol', states: ['England'], timeZone: 'Europe/London', area: '117' },
    ],
    firstNames: ['Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Ava', 'Jack', 'Poppy', 'Charlie', 'Freya', 'Alfie', 'Evie', 'Thomas', 'Florence', 'Arthur', 'Rosie', 'Siobhan', 'Callum', 'Priya', 'Mohammed'],
    lastNames: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Khan', 'MacLeod', 'Ffion-Hughes'],
    freeMail: ['gmail.com', 'gmail.com', 'hotmail.co.uk', 'outlook.com', 'btinternet.com', 'yahoo.co.uk', 'sky.com'],
    legalForms: ['Ltd', 'Limited', 'plc', ''],
    phone: (random, place) => {
      const local = place.area === '20' ? `7946 0${random.digits(3)}` : `496 0${random.digits(3)}`;
      return random.weighted<string>([[`0${place.area} ${local}`, 5], [`+44 ${place.area} ${local}`, 3], [`+44 (0)${place.area} ${local}`, 1], [`07700 900${random.digits(3)}`, 1]]);
    },
  },
  {
    country: 'IE', weight: 1.5,
    spellings: [['Ireland', 5], ['Republic of Ireland', 1], ['IE', 1]],
    places: [{ city: 'Dublin', states: ['Dublin', 'Co. Dublin'], timeZone: 'Europe/Dublin', area: '1' }],
    firstNames: ['Seán', 'Aoife', 'Niamh', 'Conor', 'Ciarán', 'Saoirse', 'Oisín', 'Róisín', 'Darragh', 'Siobhán'],
    lastNames: ['Murphy', 'Kelly', "O'Sullivan", 'Walsh', 'Byrne', 'Ryan', "O'Connor", 'Ó Briain', 'McCarthy', 'Doyle'],
    freeMail: ['gmail.com', 'eircom.net', 'outlook.com'],
    legalForms: ['Ltd', 'DAC', ''],
    phone: (random) => random.weighted<string>([[`01 ${random.digits(3)} ${random.digits(4)}`, 2], [`+353 1 ${random.digits(3)} ${random.digits(4)}`, 1]]),
  },
  {
    country: 'DE', weight: 9,
    spellings: [['Germany', 5], ['Deutschland', 4], ['DE', 1], ['germany', 1]],
    places: [
      { city: 'Berlin', states: ['Berlin', ''], timeZone: 'Europe/Berlin', area: '30' },
      { city: 'München', states: ['Bayern', 'Bavaria', ''], timeZone: 'Europe/Berlin', area: '89' },
      { city: 'Hamburg', states: ['Hamburg', ''], timeZone: 'Europe/Berlin', area: '40' },
      { city: 'Frankfurt am Main', states: ['Hessen', 'Hesse', ''], timeZone: 'Europe/Berlin', area: '69' },
      { city: 'Köln', states: ['Nordrhein-Westfalen', 'NRW', ''], timeZone: 'Europe/Berlin', area: '221' },
    ],
    firstNames: ['Lukas', 'Leon', 'Finn', 'Jonas', 'Paul', 'Felix', 'Maximilian', 'Emma', 'Mia', 'Hannah', 'Sophie', 'Lena', 'Anna', 'Marie', 'Jürgen', 'Jörg', 'Björn', 'Günter', 'Käthe', 'Ursula', 'Stefan', 'Katrin', 'Matthias', 'Sabine', 'Özlem', 'Mehmet'],
    lastNames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Zimmermann', 'Krüger', 'Hartmann', 'Weiß', 'Groß', 'Köhler', 'Yılmaz', 'von Bülow'],
    nativeNames: {
      share: 0.04,
      names: [
        { first: 'Дмитрий', last: 'Иванов', latinFirst: 'Dmitri', latinLast: 'Ivanov' },
        { first: 'Ольга', last: 'Петрова', latinFirst: 'Olga', latinLast: 'Petrova' },
        { first: 'Αλέξανδρος', last: 'Παπαδόπουλος', latinFirst: 'Alexandros', latinLast: 'Papadopoulos' },
      ],
    },
    freeMail: ['gmx.de', 'web.de', 'gmail.com', 't-online.de', 'gmx.net', 'outlook.de'],
    legalForms: ['GmbH', 'AG', 'GmbH & Co. KG', 'SE'],
    phone: (random, place) => random.weighted<string>([[`0${place.area} ${random.digits(7)}`, 4], [`+49 ${place.area} ${random.digits(7)}`, 3], [`+49 (0)${place.area} ${group(random, 3, 4)}`, 1], [`0${place.area}/${random.digits(7)}`, 1]]),
  },
  {
    country: 'AT', weight: 1,
    spellings: [['Austria', 3], ['Österreich', 3]],
    places: [{ city: 'Wien', states: ['Wien', 'Vienna', ''], timeZone: 'Europe/Vienna', area: '1' }],
    firstNames: ['Lukas', 'Anna', 'David', 'Lena', 'Tobias', 'Johanna', 'Florian', 'Theresa'],
    lastNames: ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Mayer'],
    freeMail: ['gmx.at', 'gmail.com', 'aon.at'],
    legalForms: ['GmbH', 'AG'],
    phone: (random) => random.weighted<string>([[`01 ${random.digits(7)}`, 1], [`+43 1 ${random.digits(7)}`, 1]]),
  },
  {
    country: 'CH', weight: 1,
    spellings: [['Switzerland', 3], ['Schweiz', 2], ['Suisse', 1], ['CH', 1]],
    places: [
      { city: 'Zürich', states: ['Zürich', 'ZH', ''], timeZone: 'Europe/Zurich', area: '44' },
      { city: 'Genève', states: ['Genève', 'GE', ''], timeZone: 'Europe/Zurich', area: '22' },
    ],
    firstNames: ['Noah', 'Mia', 'Luca', 'Emma', 'Leon', 'Lina', 'Matteo', 'Léonie', 'Urs', 'Beat'],
    lastNames: ['Müller', 'Meier', 'Schmid', 'Keller', 'Weber', 'Huber', 'Brunner', 'Favre', 'Rochat', 'Bianchi'],
    freeMail: ['bluewin.ch', 'gmail.com', 'gmx.ch'],
    legalForms: ['AG', 'GmbH', 'SA'],
    phone: (random, place) => random.weighted<string>([[`0${place.area} ${group(random, 3, 2, 2)}`, 1], [`+41 ${place.area} ${group(random, 3, 2, 2)}`, 1]]),
  },
  {
    country: 'FR', weight: 4,
    spellings: [['France', 8], ['FR', 1], ['france', 1]],
    places: [
      { city: 'Paris', states: ['Île-de-France', ''], timeZone: 'Europe/Paris', area: '1' },
      { city: 'Lyon', states: ['Auvergne-Rhône-Alpes', ''], timeZone: 'Europe/Paris', area: '4' },
    ],
    firstNames: ['Léa', 'Chloé', 'Manon', 'Camille', 'Inès', 'Louis', 'Gabriel', 'Raphaël', 'Jules', 'Hugo', 'Théo', 'Élodie', 'Amélie', 'François', 'Hélène', 'Céline', 'Jérôme', 'Noël', 'Anaïs', 'Loïc'],
    lastNames: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garnier', 'Faure', 'Rousseau', 'Mercier', 'Benoît'],
    freeMail: ['gmail.com', 'orange.fr', 'free.fr', 'hotmail.fr', 'laposte.net', 'yahoo.fr'],
    legalForms: ['SAS', 'SA', 'SARL'],
    phone: (random, place) => random.weighted<string>([[`0${place.area} ${group(random, 2, 2, 2, 2)}`, 3], [`+33 ${place.area} ${group(random, 2, 2, 2, 2)}`, 2]]),
  },
  {
    country: 'ES', weight: 3,
    spellings: [['Spain', 4], ['España', 4], ['Espana', 1], ['ES', 1]],
    places: [
      { city: 'Madrid', states: ['Comunidad de Madrid', 'Madrid'], timeZone: 'Europe/Madrid', area: '91' },
      { city: 'Barcelona', states: ['Cataluña', 'Catalunya', 'Barcelona'], timeZone: 'Europe/Madrid', area: '93' },
    ],
    firstNames: ['José', 'María', 'Lucía', 'Sofía', 'Martín', 'Hugo', 'Mateo', 'Álvaro', 'Inés', 'Pablo', 'Carmen', 'Javier', 'Marta', 'Raúl', 'Ángela', 'Andrés', 'Íñigo', 'Begoña', 'Nuria', 'Jordi'],
    lastNames: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Núñez', 'Peña', 'Puig'],
    freeMail: ['gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es'],
    legalForms: ['S.L.', 'S.A.'],
    phone: (random, place) => random.weighted<string>([[`+34 ${place.area}${random.digits(1)} ${group(random, 3, 3)}`, 2], [`${place.area}${random.digits(1)} ${group(random, 3, 3)}`, 2], [`6${random.digits(2)} ${group(random, 3, 3)}`, 1]]),
  },
  {
    country: 'NL', weight: 3,
    spellings: [['Netherlands', 4], ['The Netherlands', 3], ['Holland', 1], ['Nederland', 2]],
    places: [
      { city: 'Amsterdam', states: ['Noord-Holland', ''], timeZone: 'Europe/Amsterdam', area: '20' },
      { city: 'Rotterdam', states: ['Zuid-Holland', ''], timeZone: 'Europe/Amsterdam', area: '10' },
    ],
    firstNames: ['Daan', 'Sem', 'Lotte', 'Sanne', 'Bram', 'Fleur', 'Joost', 'Maaike', 'Ruben', 'Eva', 'Thijs', 'Femke'],
    lastNames: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'van der Meer'],
    freeMail: ['gmail.com', 'ziggo.nl', 'hotmail.nl', 'kpnmail.nl'],
    legalForms: ['B.V.', 'N.V.'],
    phone: (random, place) => random.weighted<string>([[`0${place.area} ${random.digits(3)} ${random.digits(4)}`, 2], [`+31 ${place.area} ${random.digits(3)} ${random.digits(4)}`, 2], [`06-${random.digits(8)}`, 1]]),
  },
  {
    country: 'SE', weight: 1,
    spellings: [['Sweden', 3], ['Sverige', 1]],
    places: [{ city: 'Stockholm', states: ['Stockholm', ''], timeZone: 'Europe/Stockholm', area: '8' }],
    firstNames: ['Erik', 'Lars', 'Anna', 'Sofia', 'Oskar', 'Elin', 'Björn', 'Åsa', 'Måns', 'Linnéa'],
    lastNames: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Ölund', 'Åberg'],
    freeMail: ['gmail.com', 'telia.com', 'hotmail.se'],
    legalForms: ['AB'],
    phone: (random) => random.weighted<string>([[`08-${random.digits(3)} ${random.digits(2)} ${random.digits(2)}`, 1], [`+46 8 ${random.digits(3)} ${random.digits(2)} ${random.digits(2)}`, 1]]),
  },
  {
    country: 'IN', weight: 8,
    spellings: [['India', 9], ['IN', 1], ['Bharat', 1]],
    places: [
      { city: 'Bengaluru', states: ['Karnataka', 'KA'], timeZone: 'Asia/Kolkata', area: '80' },
      { city: 'Mumbai', states: ['Maharashtra', 'MH'], timeZone: 'Asia/Kolkata', area: '22' },
      { city: 'New Delhi', states: ['Delhi', 'NCT of Delhi'], timeZone: 'Asia/Kolkata', area: '11' },
      { city: 'Chennai', states: ['Tamil Nadu', 'TN'], timeZone: 'Asia/Kolkata', area: '44' },
      { city: 'Hyderabad', states: ['Telangana'], timeZone: 'Asia/Kolkata', area: '40' },
    ],
    firstNames: ['Aarav', 'Vivaan', 'Aditya', 'Arjun', 'Sai', 'Priya', 'Ananya', 'Diya', 'Isha', 'Kavya', 'Rohan', 'Rahul', 'Neha', 'Pooja', 'Vikram', 'Sanjay', 'Deepika', 'Lakshmi', 'Karthik', 'Meera', 'Harpreet', 'Gurpreet'],
    lastNames: ['Sharma', 'Verma', 'Gupta', 'Patel', 'Reddy', 'Iyer', 'Nair', 'Singh', 'Kumar', 'Rao', 'Mehta', 'Joshi', 'Chatterjee', 'Banerjee', 'Menon', 'Pillai', 'Desai', 'Kapoor', 'Subramanian'],
    nativeNames: {
      share: 0.06,
      names: [
        { first: 'प्रिया', last: 'शर्मा', latinFirst: 'Priya', latinLast: 'Sharma' },
        { first: 'अर्जुन', last: 'वर्मा', latinFirst: 'Arjun', latinLast: 'Verma' },
        { first: 'கார்த்திக்', last: 'சுப்பிரமணியன்', latinFirst: 'Karthik', latinLast: 'Subramanian' },
      ],
    },
    freeMail: ['gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com'],
    legalForms: ['Pvt Ltd', 'Private Limited', 'Ltd'],
    phone: (random) => {
      const mobile = `9${random.digits(4)} ${random.digits(5)}`;
      return random.weighted<string>([[`+91 ${mobile}`, 4], [`0${mobile}`, 2], [`+91-${mobile.replace(' ', '')}`, 1]]);
    },
  },
  {
    country: 'AU', weight: 6,
    spellings: [['Australia', 9], ['AU', 1], ['Aus', 1]],
    places: [
      { city: 'Sydney', states: ['NSW', 'New South Wales'], timeZone: 'Australia/Sydney', area: '2' },
      { city: 'Melbourne', states: ['VIC', 'Victoria'], timeZone: 'Australia/Melbourne', area: '3' },
      { city: 'Brisbane', states: ['QLD', 'Queensland'], timeZone: 'Australia/Brisbane', area: '7' },
      { city: 'Perth', states: ['WA', 'Western Australia'], timeZone: 'Australia/Perth', area: '8' },
    ],
    firstNames: ['Jack', 'Charlotte', 'William', 'Olivia', 'Noah', 'Amelia', 'Thomas', 'Isla', 'Lachlan', 'Matilda', 'Cooper', 'Chloe', 'Hamish', 'Sienna'],
    lastNames: ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Nguyen', 'Johnson', 'Martin', 'White', 'Anderson', 'Walker', 'Kelly'],
    freeMail: ['gmail.com', 'bigpond.com', 'optusnet.com.au', 'outlook.com'],
    legalForms: ['Pty Ltd', 'Ltd'],
    phone: (random, place) => random.weighted<string>([[`(0${place.area}) 5550 ${random.digits(4)}`, 3], [`+61 ${place.area} 5550 ${random.digits(4)}`, 2], [`0491 570 ${random.digits(3)}`, 2]]),
  },
  {
    country: 'NZ', weight: 1,
    spellings: [['New Zealand', 4], ['NZ', 2], ['Aotearoa', 1]],
    places: [{ city: 'Auckland', states: ['Auckland', ''], timeZone: 'Pacific/Auckland', area: '9' }],
    firstNames: ['Oliver', 'Isla', 'Nikau', 'Aroha', 'Jack', 'Ruby', 'Tama', 'Mere'],
    lastNames: ['Smith', 'Williams', 'Wilson', 'Ngata', 'Parata', 'Taylor', 'Brown'],
    freeMail: ['gmail.com', 'xtra.co.nz'],
    legalForms: ['Ltd', 'Limited'],
    phone: (random) => random.weighted<string>([[`09 ${random.digits(3)} ${random.digits(4)}`, 1], [`+64 9 ${random.digits(3)} ${random.digits(4)}`, 1]]),
  },
  {
    country: 'SG', weight: 2,
    spellings: [['Singapore', 6], ['SG', 1]],
    places: [{ city: 'Singapore', states: [], timeZone: 'Asia/Singapore', area: '6' }],
    firstNames: ['Wei Ling', 'Jun Jie', 'Hui Min', 'Zhi Hao', 'Mei Ling', 'Xin Yi', 'Kumar', 'Nur', 'Siti', 'Daniel'],
    lastNames: ['Tan', 'Lim', 'Lee', 'Ng', 'Ong', 'Wong', 'Goh', 'Chua', 'Chan', 'Koh', 'Rahman'],
    nativeNames: {
      share: 0.15,
      names: [
        { first: '伟', last: '陈', latinFirst: 'Wei', latinLast: 'Chen' },
        { first: '美玲', last: '林', latinFirst: 'Mei Ling', latinLast: 'Lim' },
        { first: '志豪', last: '黄', latinFirst: 'Zhi Hao', latinLast: 'Wong' },
      ],
    },
    freeMail: ['gmail.com', 'yahoo.com.sg', 'hotmail.com'],
    legalForms: ['Pte Ltd', 'Pte. Ltd.'],
    phone: (random) => random.weighted<string>([[`+65 6${random.digits(3)} ${random.digits(4)}`, 2], [`6${random.digits(3)} ${random.digits(4)}`, 1], [`+65 9${random.digits(3)} ${random.digits(4)}`, 1]]),
  },
  {
    country: 'JP', weight: 2,
    spellings: [['Japan', 6], ['JP', 1], ['Nippon', 1]],
    places: [
      { city: 'Tokyo', states: ['Tokyo', 'Tōkyō-to'], timeZone: 'Asia/Tokyo', area: '3' },
      { city: 'Osaka', states: ['Osaka'], timeZone: 'Asia/Tokyo', area: '6' },
    ],
    firstNames: ['Haruto', 'Yui', 'Sota', 'Hina', 'Ren', 'Aoi', 'Yuto', 'Sakura', 'Takumi', 'Misaki'],
    lastNames: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato'],
    nativeNames: {
      share: 0.5,
      names: [
        { first: '美咲', last: '佐藤', latinFirst: 'Misaki', latinLast: 'Sato' },
        { first: '陽翔', last: '鈴木', latinFirst: 'Haruto', latinLast: 'Suzuki' },
        { first: '結衣', last: '高橋', latinFirst: 'Yui', latinLast: 'Takahashi' },
        { first: '蓮', last: '田中', latinFirst: 'Ren', latinLast: 'Tanaka' },
        { first: 'さくら', last: '伊藤', latinFirst: 'Sakura', latinLast: 'Ito' },
      ],
    },
    freeMail: ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp'],
    legalForms: ['K.K.', 'Co., Ltd.', 'Inc.'],
    phone: (random, place) => random.weighted<string>([[`0${place.area}-${random.digits(4)}-${random.digits(4)}`, 2], [`+81 ${place.area}-${random.digits(4)}-${random.digits(4)}`, 1]]),
  },
  {
    country: 'BR', weight: 2,
    spellings: [['Brazil', 3], ['Brasil', 4]],
    places: [
      { city: 'São Paulo', states: ['São Paulo', 'SP'], timeZone: 'America/Sao_Paulo', area: '11' },
      { city: 'Rio de Janeiro', states: ['Rio de Janeiro', 'RJ'], timeZone: 'America/Sao_Paulo', area: '21' },
    ],
    firstNames: ['João', 'Ana', 'Gabriel', 'Júlia', 'Lucas', 'Letícia', 'Matheus', 'Beatriz', 'Pedro', 'Larissa', 'Thiago', 'Camila'],
    lastNames: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Araújo', 'Ribeiro'],
    freeMail: ['gmail.com', 'hotmail.com', 'uol.com.br', 'bol.com.br'],
    legalForms: ['Ltda.', 'S.A.'],
    phone: (random, place) => random.weighted<string>([[`(${place.area}) 9${random.digits(4)}-${random.digits(4)}`, 2], [`+55 ${place.area} 9${random.digits(4)}-${random.digits(4)}`, 1]]),
  },
  {
    country: 'MX', weight: 1,
    spellings: [['Mexico', 2], ['México', 3]],
    places: [{ city: 'Ciudad de México', states: ['CDMX', 'Ciudad de México'], timeZone: 'America/Mexico_City', area: '55' }],
    firstNames: ['Santiago', 'Valentina', 'Diego', 'Ximena', 'Emiliano', 'Regina', 'Leonardo', 'Fernanda'],
    lastNames: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez'],
    freeMail: ['gmail.com', 'hotmail.com', 'outlook.com'],
    legalForms: ['S.A. de C.V.', 'S. de R.L.'],
    phone: (random) => random.weighted<string>([[`55 ${random.digits(4)} ${random.digits(4)}`, 1], [`+52 55 ${random.digits(4)} ${random.digits(4)}`, 1]]),
  },
  {
    country: 'AE', weight: 1,
    spellings: [['United Arab Emirates', 3], ['UAE', 3], ['Dubai', 1]],
    places: [{ city: 'Dubai', states: ['Dubai', ''], timeZone: 'Asia/Dubai', area: '4' }],
    firstNames: ['Mohammed', 'Fatima', 'Ahmed', 'Aisha', 'Omar', 'Layla', 'Yousef', 'Noor', 'Rashid', 'Mariam'],
    lastNames: ['Al Mansouri', 'Al Hashimi', 'Haddad', 'Khalil', 'Nasser', 'Saleh', 'Al Falasi'],
    nativeNames: {
      share: 0.2,
      names: [
        { first: 'محمد', last: 'المنصوري', latinFirst: 'Mohammed', latinLast: 'Al Mansouri' },
        { first: 'فاطمة', last: 'الهاشمي', latinFirst: 'Fatima', latinLast: 'Al Hashimi' },
      ],
    },
    freeMail: ['gmail.com', 'hotmail.com', 'yahoo.com'],
    legalForms: ['LLC', 'FZ-LLC', 'FZE'],
    phone: (random) => random.weighted<string>([[`+971 4 ${random.digits(3)} ${random.digits(4)}`, 2], [`04 ${random.digits(3)} ${random.digits(4)}`, 1], [`+971 50 ${random.digits(3)} ${random.digits(4)}`, 1]]),
  },
];
