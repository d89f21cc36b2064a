import { beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../../src/cli/load-gazetteer";
import type { Actor } from "../../src/model/timeline";
import type { Gazetteer } from "../../src/pipeline/places/gazetteer";
import { extractTimeline } from "../../src/pipeline/recipe";

// Names here are invented; the rules are English grammar, not a list of known companies.
let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadGazetteer();
});

const extract = (...articles: string[]) =>
  extractTimeline(
    articles.map((text, i) => ({ path: `a${i}.txt`, bytes: new TextEncoder().encode(`date 2025-03-0${i + 1}\n${text}`) })),
    gazetteer,
  ).timeline;

const actorOf = (actors: Actor[], alias: string) => {
  const found = actors.filter((a) => a.name === alias || a.aliases.includes(alias));
  expect(found.map((a) => a.id), `actors with the alias "${alias}": ${JSON.stringify(actors.map((a) => [a.name, a.aliases]))}`).toHaveLength(1);
  return found[0];
};

describe("describeMentions: the phrases around a name are aliases of its actor", () => {
  it("[N1] keeps the premodified noun phrase of an organization ('European carmaker Veltrano')", () => {
    const { actors } = extract("European carmaker Veltrano said on Monday it would cut 2,000 jobs. Veltrano has lost money for three years.");
    const veltrano = actorOf(actors, "Veltrano");
    expect(veltrano.aliases).toContain("European carmaker Veltrano");
    expect(veltrano.name).toBe("Veltrano");
  });

  it("[N1] keeps a title in front of a person, alone and with the name", () => {
    const { actors } = extract("Norwegian Prime Minister Ola Brekke said on Monday the plan was sound. Brekke spoke in Oslo.");
    const brekke = actorOf(actors, "Ola Brekke");
    expect(brekke.aliases).toEqual(expect.arrayContaining(["Norwegian Prime Minister", "Norwegian Prime Minister Ola Brekke"]));
  });

  it("[N1] reads an honorific with or without its full stop ('Mr Brekke', 'Mr. Brekke')", () => {
    const { actors } = extract("Ola Brekke announced the package on Monday. According to Mr Brekke, the plant will stay open. Mr. Brekke left for Oslo.");
    const brekke = actorOf(actors, "Ola Brekke");
    expect(brekke.aliases).toEqual(expect.arrayContaining(["Mr Brekke", "Mr. Brekke"]));
  });

  it("[N1] a class noun makes a place name an organization ('the auto companies Bolton and Veltrano')", () => {
    const { actors, locations } = extract("Shares in the auto companies Bolton and Veltrano fell on Monday.");
    expect(actorOf(actors, "Bolton").kind).toBe("organization");
    expect(locations.map((l) => l.name)).not.toContain("Bolton");
  });

  it("[N2] a bracketed acronym is the organization's, whatever its letters ('the State Harbour Agency (HAVS)')", () => {
    const { actors } = extract("The deal was approved by the State Harbour Agency (HAVS) on Monday. HAVS said the sale would close in May.");
    const agency = actorOf(actors, "State Harbour Agency");
    expect(agency.aliases).toEqual(expect.arrayContaining(["HAVS", "State Harbour Agency (HAVS)"]));
  });

  it("[N3] an apposition after a person's name is hers, and its title is no actor of its own", () => {
    const { actors } = extract(
      '"We will not let the yard close," said Lena Ostrova, the Harbour Board Press Secretary. The Harbour Board Press Secretary spoke on Monday.',
    );
    const ostrova = actorOf(actors, "Lena Ostrova");
    expect(ostrova.aliases).toEqual(expect.arrayContaining(["Lena Ostrova, the Harbour Board Press Secretary", "the Harbour Board Press Secretary"]));
    expect(actors.map((a) => a.name)).not.toContain("Harbour Board Press Secretary");
  });

  it("[N3] 'Name, Title of Country' gives the title without the name", () => {
    const { actors } = extract('"We will act," said Ola Brekke, Prime Minister of Norway. The talks ended on Monday.');
    expect(actorOf(actors, "Ola Brekke").aliases).toContain("Prime Minister of Norway");
  });

  it("[N4] an apposition before the name ('the firm's chief executive officer, Mara Quell')", () => {
    const { actors } = extract('"It was a good year," said the firm\'s chief executive officer, Mara Quell. Quell spoke on Monday.');
    expect(actorOf(actors, "Mara Quell").aliases).toEqual(expect.arrayContaining(["the firm's chief executive officer", "the firm's chief executive officer, Mara Quell"]));
  });

  it("[N4] the noun after 'of' is not an apposition ('the head of the Dutch delegation, Pieter Smit')", () => {
    const { actors } = extract("The talks were opened by the head of the Dutch delegation, Pieter Smit. Smit spoke on Monday.");
    expect(actorOf(actors, "Pieter Smit").aliases).not.toContain("the Dutch delegation");
  });

  it("[N5] a title alone is a person only in the article that attached it: two chief executives stay two people", () => {
    const { actors } = extract(
      '"We will grow," said the chief executive, Anna Berg. Nordvik Shipping made a profit on Monday.',
      '"We will cut costs," said the chief executive, Tomas Lind. Castell Foods reported a loss on Monday. The chief executive said more cuts may follow.',
    );
    const berg = actorOf(actors, "Anna Berg");
    const lind = actorOf(actors, "Tomas Lind");
    expect(berg.id).not.toBe(lind.id);
    expect(new Set(berg.mentions.map((m) => m.articleId))).toEqual(new Set(["a0"]));
  });

  it("does not merge the company Ford with the person Gerald Ford", () => {
    const { actors } = extract("Ford said on Monday it would build a new plant. Ford makes cars in Michigan.", "Gerald Ford was sworn in on Monday. Ford said the nation was healing.");
    const company = actors.find((a) => a.kind === "organization" && a.name.startsWith("Ford"));
    const person = actorOf(actors, "Gerald Ford");
    expect(company).toBeDefined();
    expect(company!.id).not.toBe(person.id);
  });

  it("leaves no actor 'Company' when a sentence opens with 'Company executives'", () => {
    const { actors } = extract("Veltrano Motors will close 40 dealerships. Company executives said on Monday the cuts were needed.");
    expect(actors.map((a) => a.name)).not.toContain("Company");
  });
});

describe("findMentions: an employer, a title and a person in one run of capitals", () => {
  it("splits 'Veltrano Motor Company CEO Peter Hask' into the company and the person", () => {
    const { actors } = extract("Veltrano Motor Company CEO Peter Hask said on Monday the model would return.");
    const hask = actorOf(actors, "Peter Hask");
    expect(hask.kind).toBe("person");
    expect(hask.aliases).toContain("Veltrano Motor Company CEO");
    expect(actorOf(actors, "Veltrano Motor Company").kind).toBe("organization");
  });

  it("a surname that is also a title word ('said Press') is the person of the article who bears it", () => {
    const { actors } = extract('"It is a hard day," said Karl Press, the vice chairman of Veltrano. "We will be stronger," said Press.');
    const press = actorOf(actors, "Karl Press");
    expect(press.kind).toBe("person");
    expect(press.mentions).toHaveLength(2);
  });

  it("stops a name at a currency ('Cerberus Capital Management for US$7.4 billion')", () => {
    const { actors } = extract("Daimler sold the unit to Harrow Capital Management for US$7.4 billion on Monday.");
    expect(actors.map((a) => a.name)).toContain("Harrow Capital Management");
  });
});
