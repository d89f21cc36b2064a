// Well-known buildings and seats of power that news copy uses in place of their city ("at the
// Kremlin", "in the Oval Office"). General world knowledge, kept as data: each resolves to the
// city it stands in; those that also speak as institutions ("the Kremlin said") say so.
export interface Landmark {
  name: string;
  aliases?: string[];
  city: string;
  country: string;
  institution?: boolean;
}

export const LANDMARKS: Landmark[] = [
  { name: "Kremlin", city: "Moscow", country: "RU", institution: true },
  { name: "Red Square", city: "Moscow", country: "RU" },
  { name: "White House", city: "Washington, D.C.", country: "US", institution: true },
  { name: "Oval Office", city: "Washington, D.C.", country: "US" },
  { name: "Pentagon", city: "Washington, D.C.", country: "US", institution: true },
  { name: "Capitol", aliases: ["Capitol Hill", "US Capitol", "U.S. Capitol"], city: "Washington, D.C.", country: "US" },
  { name: "State Department", aliases: ["Foggy Bottom"], city: "Washington, D.C.", country: "US", institution: true },
  { name: "Mar-a-Lago", city: "Palm Beach", country: "US" },
  { name: "Camp David", city: "Thurmont", country: "US" },
  { name: "Wall Street", city: "New York City", country: "US" },
  { name: "United Nations headquarters", aliases: ["UN headquarters"], city: "New York City", country: "US" },
  { name: "Downing Street", aliases: ["Number 10", "No 10", "No. 10"], city: "London", country: "GB", institution: true },
  { name: "Whitehall", city: "London", country: "GB" },
  { name: "Westminster", city: "London", country: "GB" },
  { name: "Buckingham Palace", city: "London", country: "GB" },
  { name: "Elysee Palace", aliases: ["Elysee", "Élysée", "Élysée Palace"], city: "Paris", country: "FR", institution: true },
  { name: "Quai d'Orsay", city: "Paris", country: "FR" },
  { name: "Matignon", city: "Paris", country: "FR" },
  { name: "Bundestag", city: "Berlin", country: "DE", institution: true },
  { name: "Chancellery", aliases: ["Federal Chancellery"], city: "Berlin", country: "DE" },
  { name: "Reichstag", city: "Berlin", country: "DE" },
  { name: "Bankova", city: "Kyiv", country: "UA" },
  { name: "Verkhovna Rada", city: "Kyiv", country: "UA", institution: true },
  { name: "Zhongnanhai", city: "Beijing", country: "CN", institution: true },
  { name: "Great Hall of the People", city: "Beijing", country: "CN" },
  { name: "Tiananmen Square", city: "Beijing", country: "CN" },
  { name: "Blue House", city: "Seoul", country: "KR" },
  { name: "Kantei", city: "Tokyo", country: "JP" },
  { name: "Rashtrapati Bhavan", city: "New Delhi", country: "IN" },
  { name: "Knesset", city: "Jerusalem", country: "IL", institution: true },
  { name: "Vatican", aliases: ["Holy See", "St. Peter's Square", "St Peter's Square"], city: "Vatican City", country: "VA", institution: true },
  { name: "Berlaymont", city: "Brussels", country: "BE" },
  { name: "Palazzo Chigi", city: "Rome", country: "IT" },
  { name: "Quirinale", aliases: ["Quirinal Palace"], city: "Rome", country: "IT" },
  { name: "Moncloa", aliases: ["Moncloa Palace"], city: "Madrid", country: "ES" },
  { name: "Sejm", city: "Warsaw", country: "PL", institution: true },
  { name: "Hofburg", city: "Vienna", country: "AT" },
  { name: "Planalto", aliases: ["Planalto Palace"], city: "Brasília", country: "BR" },
  { name: "Casa Rosada", city: "Buenos Aires", country: "AR" },
  { name: "Los Pinos", aliases: ["National Palace"], city: "Mexico City", country: "MX" },
  { name: "Union Buildings", city: "Pretoria", country: "ZA" },
  { name: "Parliament Hill", city: "Ottawa", country: "CA" },
  { name: "Rideau Hall", city: "Ottawa", country: "CA" },
  { name: "The Lodge", city: "Canberra", country: "AU" },
  { name: "Beehive", city: "Wellington", country: "NZ" },
];
