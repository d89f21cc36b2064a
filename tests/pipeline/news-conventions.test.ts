import { beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../../src/cli/load-gazetteer";
import type { Gazetteer } from "../../src/pipeline/places/gazetteer";
import { findTriggers } from "../../src/pipeline/events/find-triggers";
import { extractTimeline } from "../../src/pipeline/recipe";

// Conventions of news copy the extractor relies on, each shown on invented text.
let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadGazetteer();
});
const run = (text: string) => extractTimeline([{ path: "a.txt", bytes: new TextEncoder().encode(text) }], gazetteer).timeline;

describe("publication dates", () => {
  it("[P1] takes a press release's dateline over a later date in its text", () => {
    const t = run("LISBON, May 6, 2024 /PRNewswire/ -- Acme Corp said it will move its offices on July 1, 2024.");
    expect(t.articles[0]).toMatchObject({ published: "2024-05-06", publishedBasis: "inferred" });
  });
  it("[P1] takes a line that is only a date, as live blogs print them", () => {
    const t = run("Harbour talks live\nWed 13 Nov 2024 17.48 GMT\nUnion leader Ana Lopes said on Tuesday the union would return to the table.");
    expect(t.articles[0].published).toBe("2024-11-13");
    expect(t.events.find((e) => e.type === "statement")?.date).toBe("2024-11-12");
  });
});

describe("places", () => {
  it("[E6] places the news day's events at the dateline's city", () => {
    const t = run("date 2024-03-14\nPORTO (Reuters) - Mayor Ana Lopes said on Wednesday the bridge would reopen.");
    const statement = t.events.find((e) => e.type === "statement")!;
    expect(t.locations.find((l) => l.id === statement.locationIds[0])?.name).toBe("Porto");
  });
  it("[E6] leaves an event of another year unplaced", () => {
    const t = run("date 2024-03-14\nPORTO (Reuters) - The old bridge collapsed in 2001, officials recalled.");
    expect(t.events.every((e) => e.locationIds.length === 0)).toBe(true);
  });
});

describe("dated happenings beyond meetings and statements", () => {
  it("reads a court plea as an event of its day", () => {
    const t = run("date 2024-02-08\nFormer finance chief Tomas Varga pleaded not guilty on Wednesday to fraud charges.");
    expect(t.events.map((e) => [e.type, e.date])).toContainEqual(["legal", "2024-02-07"]);
  });
  it("does not take 'flooded homeowners' for a flood", () => {
    const t = run("date 2024-10-18\nThe agency will hold a town hall for flooded homeowners next Thursday.");
    expect(t.events.filter((e) => e.type === "other")).toEqual([]);
  });
});

describe("names", () => {
  it("joins a family name written first to the full name ('Zhou' → 'Zhou Wenbin')", () => {
    const t = run("date 2024-11-14\nEnvoy Zhou Wenbin met Minister Ana Lopes in Geneva on Wednesday. Zhou said the talks were useful.");
    expect(t.actors.filter((a) => a.aliases.includes("Zhou")).map((a) => a.name)).toEqual(["Zhou Wenbin"]);
  });
  it("keeps two acronyms joined by a slash as one name ('the ABX/DKR bloc')", () => {
    const t = run("date 2024-09-20\nThe leaders of the ruling ABX/DKR and SPD parties said on Monday they would vote yes.");
    expect(t.actors.map((a) => a.name)).toContain("ABX/DKR");
    expect(t.actors.map((a) => a.name)).not.toContain("ABX");
  });
  it("keeps Brandt and Brandreth apart", () => {
    const t = run("date 2024-09-20\nHannelore Brandt met Oliver Brandreth on Monday. Brandt said they would meet again.");
    expect(t.actors.find((a) => a.aliases.includes("Brandt"))?.name).toBe("Hannelore Brandt");
  });
});

describe("one happening across articles", () => {
  it("merges a meeting named only by its day and place with the same meeting named by its participants", () => {
    const t = extractTimeline(
      [
        { path: "a.txt", bytes: new TextEncoder().encode("date 2024-03-14\nThe two economy ministers held talks in the city of Mendoza on Monday.") },
        { path: "b.txt", bytes: new TextEncoder().encode("date 2024-03-12\nEconomy Minister Ana Lopes and Minister Tomas Varga met in Mendoza on Monday.") },
      ],
      gazetteer,
    ).timeline;
    const meetings = t.events.filter((e) => e.type === "meeting");
    expect(meetings).toHaveLength(1);
    expect(meetings[0].sources.map((s) => s.articleId).sort()).toEqual(["a", "b"]);
  });
  it("dates a meeting by its own clause, not by the speaker's", () => {
    const t = run("date 2024-03-12\nThe new working group will meet for the first time in Porto on March 20, officials from both governments said.");
    expect(t.events.find((e) => e.type === "meeting")?.date).toBe("2024-03-20");
  });
});

describe("quotations that run over several sentences", () => {
  it("gives a quotation's last sentence to the speaker named after it, as one statement with the words before it", () => {
    const t = run('date 2024-10-16\nCouncillor Ruth Okafor said on Tuesday that she would ask for a review. "We waited for months. We wrote, we phoned, we filed every form," Okafor said.');
    const statements = t.events.filter((e) => e.type === "statement");
    expect(statements).toHaveLength(1);
    expect(t.actors.find((a) => a.id === statements[0].actorIds[0])?.name).toBe("Ruth Okafor");
    expect(statements[0].sources.map((s) => s.text)).toContainEqual('We wrote, we phoned, we filed every form," Okafor said.');
    expect(statements[0].quotes.map((q) => q.text)).toContainEqual('We wrote, we phoned, we filed every form,"');
  });

  it("names the speaker of such a quotation by surname, not by a generational suffix", () => {
    const t = run('date 2024-10-16\n"The plant stays open. Nobody loses a job," said Arthur Pellman Jr., the company\'s chairman.');
    const statement = t.events.find((e) => e.type === "statement")!;
    expect(statement.title).toMatch(/^Pellman: /);
  });
});

describe("reporting verbs", () => {
  it("reads a company reporting its results, or someone commenting, as a statement", () => {
    const t = run("date 2024-05-08\nBrightwater Foods reported a loss of $5 million on Tuesday. Analyst Jana Kovar commented on the figures on Wednesday.");
    const statements = t.events.filter((e) => e.type === "statement").map((e) => [t.actors.find((a) => a.id === e.actorIds[0])?.name, e.date]);
    expect(statements).toEqual([
      ["Brightwater Foods", "2024-05-07"],
      ["Jana Kovar", "2024-05-08"],
    ]);
  });
});

describe("speakers named by a pronoun", () => {
  const speakerNames = (t: ReturnType<typeof run>) =>
    t.events.filter((e) => e.type === "statement").map((e) => e.actorIds.map((id) => t.actors.find((a) => a.id === id)?.name));
  it("gives 'Speaking to …, he said' and a verb joined by 'and' to the person the story is about", () => {
    const t = run('date 2024-06-04\nHarbour chief Mira Holt outlined a plan on Monday. Speaking to reporters she said that "the old pier is gone," and described a new one.');
    expect(speakerNames(t)).toEqual([["Mira Holt"]]);
  });
  it("gives a participle ('…, saying that') to the sentence's subject pronoun", () => {
    const t = run("date 2024-06-04\nHarbour chief Mira Holt outlined a plan on Monday. She declined to name a builder, saying that the council would choose one.");
    expect(speakerNames(t)).toEqual([["Mira Holt"]]);
  });
  it("gives 'she said' to the woman named before, not to the man named just after her", () => {
    const t = run("date 2024-06-04\nHarbour chief Mira Holt met contractor Thomas Greer on Monday. She said the pier would reopen in May.");
    expect(speakerNames(t)).toEqual([["Mira Holt"]]);
  });
  it("gives 'according to him' to the last man named, not to the last speaker", () => {
    const t = run("date 2024-06-04\nMayor Anna Berg said on Monday the port would stay open. Councillor Peter Lund spoke next. According to him, the port will need new cranes.");
    expect(speakerNames(t)).toContainEqual(["Peter Lund"]);
  });
  it("reads 'he stated' as the pronoun's, not a name earlier in the sentence", () => {
    const t = run("date 2024-06-04\nHarbour chief Mira Holt outlined a plan on Monday. Asked whether Northport Shipping would bid, she stated that the tender was open.");
    expect(speakerNames(t).flat()).not.toContain("Northport Shipping");
  });
});

describe("names given with where people work and what they are", () => {
  const actor = (t: ReturnType<typeof run>, id: string) => t.actors.find((a) => a.id === id);
  it("reads 'Analyst Dana Whitcombe of Ridgeway Capital' as a person and her firm, not one organization", () => {
    const t = run("date 2025-03-07\nAnalyst Rhea Castell of Northfold Partners commented on the figures on Thursday.");
    expect(t.actors.map((a) => [a.name, a.kind])).toEqual(expect.arrayContaining([["Rhea Castell", "person"], ["Northfold Partners", "organization"]]));
    const statement = t.events.find((e) => e.type === "statement")!;
    expect(actor(t, statement.actorIds[0])?.name).toBe("Rhea Castell");
  });
  it("keeps 'the Bank of England' and 'the Duke of Kent' whole", () => {
    const t = run("date 2025-03-07\nThe Bank of England said on Thursday that rates would stay. The Duke of Kent said on Friday that he was pleased.");
    expect(t.actors.map((a) => a.name)).toEqual(expect.arrayContaining(["Bank of England", "Duke of Kent"]));
  });
  it("keeps a plural possessive inside an organization's name, and its bracketed acronym with it", () => {
    const t = run("date 2025-05-14\nThe Coastal Pilots' Association (CPA) said on Tuesday that its members would vote. The CPA said on Wednesday that the vote was close.");
    const association = t.actors.find((a) => a.name === "Coastal Pilots' Association");
    expect(association?.aliases).toContain("CPA");
    expect(t.actors.filter((a) => /Pilots|CPA/.test(a.name))).toHaveLength(1);
  });
  it("gives the verb after 'Its director, Agata Nowak,' to the person the apposition names, also across an auxiliary", () => {
    const t = run("date 2025-05-14\nIts finance director, Lena Varkonyi, resigned on May 6. The firm's chairman, Tomas Reed, will address shareholders in Leeds on May 20.");
    const names = (type: string) => t.events.filter((e) => e.type === type).map((e) => e.actorIds.map((id) => actor(t, id)?.name));
    expect(names("resignation")).toEqual([["Lena Varkonyi"]]);
    expect(t.events.find((e) => e.type === "statement")).toMatchObject({ status: "planned", date: "2025-05-20" });
    expect(names("statement")).toEqual([["Tomas Reed"]]);
  });
});

describe("a common noun opening a sentence", () => {
  it("reads 'Company chief Fritz Hallman' as a person with a title, not an organization called Company", () => {
    const t = run("date 2024-06-04\nCompany chief Fritz Hallman outlined a plan on Monday.");
    expect(t.actors.map((a) => a.name)).toEqual(["Fritz Hallman"]);
  });
});

describe("one article telling one happening in several sentences", () => {
  it("[E6] keeps a speaker quoted again after a background paragraph on the day they spoke", () => {
    const t = run(
      "date 2024-05-09\nThe port talks made progress, Marta Ilves, an adviser to the mayor, told reporters on Thursday.\n" +
        "The talks began late Tuesday after a strike closed the docks.\n" +
        "\"The work will continue,\" Ilves said.",
    );
    const statements = t.events.filter((e) => e.type === "statement");
    expect(statements.map((e) => e.date)).toEqual(["2024-05-09"]);
  });
  it("folds speech named for no one into the other speech of its sentence", () => {
    const t = run("date 2024-05-09\nThe mayor's aide said that \"no deal has been found\" on wages, without which, he said, the port sees \"no way out.\"");
    expect(t.events.filter((e) => e.type === "statement")).toHaveLength(1);
  });
  it("reads 'According to X, they met …' as a meeting that happened, not as speech about one", () => {
    const t = run("date 2024-05-10\nEnvoy Lena Kortes met Minister Pavel Dusek in Oslo on Friday.\nAccording to the Foreign Ministry, they met with harbour officials as well.");
    const meetings = t.events.filter((e) => e.type === "meeting");
    expect(meetings).toHaveLength(1);
    expect(meetings[0].sources.length).toBe(2);
  });
  it("does not date a meeting that the one told follows by the day being told", () => {
    const t = run("date 2024-05-10\nEnvoy Lena Kortes met Minister Pavel Dusek in Oslo on Friday.\nThis gathering follows a separate meeting in Bergen between Kortes and Dusek.");
    const bergen = t.events.find((e) => e.type === "meeting" && t.locations.some((l) => e.locationIds.includes(l.id) && l.name === "Bergen"));
    expect(bergen).toBeDefined();
    expect(bergen?.date).not.toBe("2024-05-10");
  });
  it("does not date an event by the start of a stretch of time ('since January')", () => {
    const t = run("date 2024-05-10\nThe meeting, Kortes's fourth with Dusek since January, ended without a deal.");
    expect(t.events.filter((e) => e.date?.startsWith("2024-01"))).toEqual([]);
  });
  it("reads 'the discussions' with no parties of its own as the meeting just told", () => {
    const t = run(
      "date 2024-05-10\nEnvoy Lena Kortes met Minister Pavel Dusek in Oslo on Friday.\n" +
        "Although the Harbour Authority gave no details, the timing suggested the discussions focused on tariffs.",
    );
    const meetings = t.events.filter((e) => e.type === "meeting");
    expect(meetings).toHaveLength(1);
    expect(meetings[0].actorIds.map((id) => t.actors.find((a) => a.id === id)?.name)).not.toContain("Harbour Authority");
  });
});

describe("the narration's day", () => {
  it("is the day of the sentence's first act, not of one it names in passing", () => {
    const t = run(
      "date 2024-06-05\nOn May 30, in Tromso, a Norwegian-Danish meeting took place — the second such meeting after the negotiations in Oslo, Norway, on May 23.\n" +
        "Harbour minister Lena Kortes called the meeting a useful step.",
    );
    expect(t.events.find((e) => e.type === "statement")?.date).toBe("2024-05-30");
  });
  it("reads the month May as a month, not as the modal 'may' that puts a date in the future", () => {
    const t = run("date 2024-06-05\nOn May 30 the ministers met in Tromso, their second meeting since the talks in Oslo on May 23.");
    expect(t.events.map((e) => e.date).filter((d) => d?.startsWith("2025"))).toEqual([]);
  });
  it("gives a verb with two dates the nearer one", () => {
    const t = run("date 2024-05-23\nThursday, May 23, 2024 – Norway on Wednesday, May 22 announced a fishing deal with Iceland.");
    expect(t.events.map((e) => e.date)).not.toContain("2024-05-23");
  });
  it("lets 'According to him' speak when the sentence only refers back to a meeting", () => {
    const t = run(
      "date 2024-06-05\nEnvoy Lena Kortes met Minister Pavel Dusek in Oslo on Monday.\n" +
        "According to him, the delegation worked on ideas developed during the meetings in Oslo.",
    );
    expect(t.events.filter((e) => e.type === "statement")).toHaveLength(1);
  });
});

describe("an organization, a title and a name the lexicon does not know", () => {
  it("splits 'Harbour Council Secretary Oleksa Vantul' into the council and the person", () => {
    const t = run("date 2024-06-05\nThe delegation was led by Harbour Council Secretary Oleksa Vantul on Monday.");
    expect(t.actors.find((a) => a.name === "Oleksa Vantul")?.kind).toBe("person");
  });
  it("splits 'the Armed Forces of Norway Eirik Stavang' after the place", () => {
    const t = run("date 2024-06-05\nThe talks included the commander of the Armed Forces of Norway Eirik Stavang, officials said on Monday.");
    expect(t.actors.find((a) => a.name === "Eirik Stavang")?.kind).toBe("person");
  });
});

describe("where it happened", () => {
  const placeOf = (t: ReturnType<typeof run>, type: string) => {
    const e = t.events.find((x) => x.type === type);
    return e?.locationIds.map((id) => t.locations.find((l) => l.id === id)?.name);
  };
  it("places a meeting 'in the Kremlin into the early hours'", () => {
    const t = run("date 2024-03-08\nEnvoy Lena Kortes met for four hours with President Pavel Dusek in the Kremlin into the early hours of Friday.");
    expect(placeOf(t, "meeting")).toEqual(["Moscow"]);
  });
  it("places speech given 'after the meeting' where the meeting was held", () => {
    const t = run("date 2024-03-08\nEnvoy Lena Kortes met Minister Pavel Dusek in Oslo on Friday.\nAfter the meeting, Kortes said that progress was made.");
    expect(placeOf(t, "statement")).toEqual(["Oslo"]);
  });
  it("places the news day's speech at a dateline written the TASS way", () => {
    const t = run("date 2024-03-08\nFishing talks go well\n\nOSLO, March 8. /NTB/. The fishing talks went well, Minister Pavel Dusek said.\n\nThe quotas will be set in April.");
    expect(placeOf(t, "statement")).toEqual(["Oslo"]);
  });
  it("reads '14 ballot boxes' as boxes, not as the verb 'to ballot'", () => {
    const [ballot] = findTriggers("Officials found that 14 ballot boxes held spoiled papers.", []).filter((t) => t.word === "ballot");
    expect(ballot?.pos).toBe("noun");
  });
});

describe("talks told over several sentences", () => {
  const text =
    "date 2024-03-13\nThe first round of talks between the Danish and Norwegian delegations took place in Bergen on March 10 and lasted five hours. " +
    "The parties continued negotiations on Monday morning.\n" +
    "The Danish delegation included minister Lena Kortes and envoy Pavel Dusek.";
  it("reads 'The parties continued negotiations on Monday' as a second day of the same talks, at their place", () => {
    const t = run(text);
    const meetings = t.events.filter((e) => e.type === "meeting").map((e) => [e.date, e.locationIds]);
    expect(meetings).toEqual([["2024-03-10", ["bergen"]], ["2024-03-11", ["bergen"]]]);
  });
  it("gives the delegation named after both days to both", () => {
    const t = run(text);
    for (const e of t.events.filter((x) => x.type === "meeting")) expect(e.actorIds).toEqual(expect.arrayContaining(["lena-kortes", "pavel-dusek"]));
  });
  it("does not date speech 'ahead of the talks' by the day of the talks", () => {
    const t = run("date 2024-03-11\nKortes met Dusek in Bergen on March 10.\nAhead of the talks, Kortes made clear that quotas must fall.");
    expect(t.events.find((e) => e.type === "statement")?.date ?? null).toBeNull();
  });
});

describe("talks that go on another day", () => {
  it("reads 'the morning of March 12' as March 12", () => {
    const t = run("date 2024-03-12\nEnvoy Lena Kortes held talks with Minister Pavel Dusek in Bergen on March 11. The discussions resumed on the morning of March 12.");
    expect(t.events.filter((e) => e.type === "meeting").map((e) => e.date)).toEqual(["2024-03-11", "2024-03-12"]);
  });
  it("gives 'The discussions … are set to resume on …' the sides and place of the talks just told, not the office that said so", () => {
    const t = run(
      "date 2024-03-11\nEnvoy Lena Kortes held talks with Minister Pavel Dusek in Bergen on March 10.\n" +
        "The discussions, which lasted five hours, are set to resume on March 11, according to Norway’s Foreign Office.",
    );
    const second = t.events.find((e) => e.type === "meeting" && e.date === "2024-03-11");
    expect(second).toMatchObject({ actorIds: ["lena-kortes", "pavel-dusek"], locationIds: ["bergen"] });
  });
  it("leaves a summit with a name of its own, lasting until a day, to itself", () => {
    const t = run(
      "date 2024-03-11\nEnvoy Lena Kortes held talks with Minister Pavel Dusek in Bergen on March 10.\n" +
        "The Bergen summit on fisheries, in which delegations of forty countries take part, will last until March 15.",
    );
    expect(t.events.filter((e) => e.type === "meeting" && e.actorIds.includes("lena-kortes"))).toHaveLength(1);
  });
});

describe("who speaks", () => {
  const speakers = (t: ReturnType<typeof run>) => t.events.filter((e) => e.type === "statement").map((e) => e.actorIds);
  it("gives speech named in an opening phrase to the main clause's subject ('In a press conference …, Lund, the chief, outlined …')", () => {
    const t = run("date 2024-06-04\nIn a press conference in Oslo on June 1, Tove Lund, the chief executive of Harbour Lines, which filed for bankruptcy earlier, outlined a rescue plan.");
    expect(speakers(t)).toEqual([["tove-lund"]]);
  });
  it("gives 'He pointed to … but stated …' to the person last named", () => {
    const t = run("date 2024-06-04\nTove Lund spoke on Monday.\nHe pointed to the port's losses but stated that the line was a more complex company.");
    const stated = t.events.find((e) => e.sources.some((s) => s.text.includes("but stated")));
    expect(stated?.actorIds).toEqual(["tove-lund"]);
  });
  it("gives a participle after a clause naming a company to the sentence's speaker", () => {
    const t = run(
      "date 2024-06-04\nTove Lund spoke on Monday.\nAsked whether Harbour Lines would sell ships to Norway, she stated that it would not, stating that this kept costs down.",
    );
    expect(speakers(t)).toEqual([["tove-lund"]]);
  });
  it("does not take a company that declared bankruptcy for a speaker", () => {
    const t = run("date 2024-06-04\nHarbour Shipping Company declared bankruptcy on Monday.");
    expect(t.events.filter((e) => e.type === "statement")).toEqual([]);
  });
});

describe("one act told over several sentences", () => {
  it("[E8] folds the signing told again by who signed for whom into the signing", () => {
    const t = run(
      "date 2025-03-07\nNairobi (NTB) - Norway and Denmark on Friday signed a fishing agreement in Bergen.\n" +
        "The Danish minister, Lena Kortes, signed on behalf of her government.\nThe agreement was signed after months of talks.",
    );
    expect(t.events.filter((e) => e.type === "agreement")).toHaveLength(1);
  });
  it("keeps two appointments of one day apart", () => {
    const t = run("date 2025-03-07\nPrime Minister Ola Berg appointed Lena Kortes as finance minister on Friday.\nOla Berg then appointed Pavel Dusek as health minister.");
    expect(t.events.filter((e) => e.type === "appointment").map((e) => e.actorIds[0])).toEqual(["lena-kortes", "pavel-dusek"]);
  });
});

describe("speech by a document", () => {
  it("gives 'Lund's statement continued, …' and 'The statement continued, …' to the one who issued it", () => {
    const t = run(
      "date 2024-07-16\nGov. Tove Lund released a statement on Tuesday calling for the senator to resign.\n" +
        "\"I will act quickly,\" Lund's statement continued.\nThe statement continued, \"The people deserve better.\"",
    );
    const statements = t.events.filter((e) => e.type === "statement");
    expect(statements.map((e) => e.actorIds)).toEqual([["tove-lund"]]);
  });
  it("adds who 'is represented at the summit by' to the summit", () => {
    const t = run("date 2023-09-09\nLeaders of twenty nations met in Bergen on Saturday for the harbour summit.\nNorway is represented at the summit by Foreign Minister Pavel Dusek.");
    expect(t.events.filter((e) => e.type === "meeting").map((e) => e.actorIds)).toEqual([["pavel-dusek"]]);
  });
});

describe("one actor under several spellings", () => {
  const names = (t: ReturnType<typeof run>) => t.actors.map((a) => a.name).sort();
  it("joins a double-barrelled surname written with a space to the hyphenated one", () => {
    const t = run("date 2025-06-13\nMs Thandeka Mokoena-Pillay was convicted on Friday.\nThandeka Mokoena Pillay will appeal, her lawyer said on Friday.");
    const people = t.actors.filter((a) => a.kind === "person");
    expect(people).toHaveLength(1);
    expect(people[0].aliases).toEqual(expect.arrayContaining(["Thandeka Mokoena-Pillay", "Thandeka Mokoena Pillay"]));
  });
  it("reads 'Van Wyk' at the head of a sentence as the surname of 'Johan van Wyk'", () => {
    const t = run("date 2025-06-13\nThe firm's director, Johan van Wyk, was charged on Monday.\nVan Wyk said on Tuesday that he would fight the charges.");
    expect(names(t)).toEqual(["Johan van Wyk"]);
  });
  it("ends a name at its bracketed acronym ('the Directorate for Harbour Crime (DHC) Serious Fraud unit')", () => {
    const t = run("date 2025-06-13\nOfficers of the Directorate for Harbour Crime (DHC) Serious Fraud unit arrested him on Monday. The DHC said on Tuesday that he was released.");
    expect(t.actors.find((a) => a.aliases.includes("DHC"))?.name).toBe("Directorate for Harbour Crime");
  });
  it("joins an acronym written as a word ('Natawu') to the union it spells", () => {
    const t = run("date 2025-06-13\nThe National Transport and Allied Workers Union said on Monday that it would strike.\nNatawu said on Tuesday that talks had failed.");
    expect(t.actors.filter((a) => a.kind === "organization").map((a) => a.name)).toEqual(["National Transport and Allied Workers Union"]);
  });
  it("joins a company's first word to its full name in one article, but not to a body of its own", () => {
    const t = run("date 2025-06-13\nBluefin Dredging said on Monday that it would cooperate. Bluefin said on Tuesday that its chairman had resigned.");
    expect(t.actors.filter((a) => a.kind === "organization").map((a) => a.name)).toEqual(["Bluefin Dredging"]);
    const u = run("date 2025-06-13\nTranslog said on Monday that sales fell. The Translog National Ports Authority said on Tuesday that it would review contracts.");
    expect(u.actors.filter((a) => a.kind === "organization")).toHaveLength(2);
  });
});

describe("places that are never actors", () => {
  const people = (t: ReturnType<typeof run>) => t.actors.filter((a) => a.kind === "person").map((a) => a.name);
  it("reads 'headquartered in Port Melbourne, Victoria,' as a city and its state, not a woman called Victoria", () => {
    const t = run("date 2025-08-05\nHeadquartered in Port Melbourne, Victoria, Kestrel Home Products said on Tuesday it would recall a cooker.");
    expect(people(t)).toEqual([]);
  });
  it("reads 'Spokesperson, NPA Gauteng' as a body's regional office, and leaves Gauteng a place", () => {
    const t = run("date 2025-06-13\nThe NPA said on Friday that it would appeal.\n\nMedia enquiries: Thabo Dlamini\nRegional Spokesperson, NPA Gauteng");
    expect(people(t)).not.toContain("Gauteng");
    expect(people(t)).not.toContain("NPA Gauteng");
  });
  it("places 'in Miami, Florida, a meeting took place' in Miami", () => {
    const t = run("date 2025-12-01\nOn November 30, in Miami, Florida, a meeting took place between envoy Lena Kortes and Pavel Dusek.");
    const meeting = t.events.find((e) => e.type === "meeting");
    expect(meeting?.locationIds.map((id) => t.locations.find((l) => l.id === id)?.name)).toEqual(["Miami"]);
  });
  it("does not read a list of countries after 'from' as places of the meeting", () => {
    const t = run("date 2025-12-19\nOn Friday, the envoys will meet with officials from Egypt, Qatar and Turkey.");
    const meeting = t.events.find((e) => e.type === "meeting");
    expect(meeting?.locationIds ?? []).toEqual([]);
  });
});

describe("dates inside quotations", () => {
  it("do not date the meeting the narration refers to ('… anything tonight,' Lopes said after the meeting)", () => {
    const t = run("date 2025-06-12\nMinister Lena Kortes met union leader Pavel Dusek in Bergen on Tuesday. “We will not sign anything tonight,” Kortes said after the meeting.");
    expect(t.events.filter((e) => e.type === "meeting").map((e) => e.date)).toEqual(["2025-06-10"]);
  });
});

describe("surnames with a particle", () => {
  it("keeps 'Erik ten Hag' whole and reads a later 'ten Hag' as him", () => {
    const t = run("date 2024-10-28\nUnited sacked Erik ten Hag on Monday.\nThe club said ten Hag had been unable to turn things around.");
    expect(t.actors.filter((a) => a.kind === "person").map((a) => [a.name, a.aliases])).toEqual([["Erik ten Hag", ["Erik ten Hag", "ten Hag"]]]);
  });
  it("does not take 'De Beers' or 'Le Monde' for people", () => {
    const t = run("date 2024-10-28\nShares in De Beers fell on Monday, Le Monde reported.");
    expect(t.actors.filter((a) => a.kind === "person")).toEqual([]);
  });
});
