// Closed-class English vocabulary the mention rules lean on. Nothing here names a person,
// place or story: only the words that frame names in news copy.

/** Words that make up a role or title in front of a name ("US special envoy", "Foreign Minister"). */
export const ROLE_WORDS = new Set(
  ("president vice prime minister secretary chancellor senator sen governor gov mayor king queen prince princess pope " +
    "general gen chief ceo cfo coo chairman chairwoman chair spokesman spokeswoman spokesperson envoy ambassador adviser advisor " +
    "negotiator director judge justice dr mr mrs ms sir dame lord rep representative commissioner leader premier deputy " +
    "foreign defense defence finance interior economy economic trade health security national special senior top former acting " +
    "attorney speaker coach captain officer head founder executive manager analyst official lawmaker commander colonel col " +
    "lieutenant lt sergeant sgt major maj professor prof reverend rev bishop archbishop cardinal emir sheikh sultan crown " +
    "informal chief-of-staff son-in-law daughter-in-law father-in-law wife husband son daughter brother sister aide aides " +
    "counsel counselor ministers presidential press secretary-general foreign-policy supreme prosecutor detective inspector " +
    "constable superintendent admiral adm sheriff councillor councilman councilwoman alderman treasurer economist " +
    "cto cio cmo cso pm chairperson boss sherpa").split(" "),
);

/** The head words a role phrase ends on: "negotiator" in "top Ukrainian negotiator". */
export const ROLE_HEADS = new Set(
  ("president minister secretary chancellor senator governor mayor king queen prince princess pope general chief ceo cfo coo " +
    "chairman chairwoman chair spokesman spokeswoman spokesperson envoy ambassador adviser advisor negotiator director judge " +
    "justice commissioner leader premier deputy attorney speaker coach captain officer head founder executive manager analyst " +
    "official lawmaker commander colonel lieutenant sergeant professor bishop archbishop cardinal emir sheikh sultan " +
    "son-in-law daughter-in-law father-in-law wife husband son daughter brother sister aide counsel counselor prosecutor " +
    "inspector superintendent admiral sheriff councillor councilman councilwoman treasurer economist staff member " +
    "cto cio cmo cso pm chairperson boss sherpa").split(" "),
);

/** Honorifics dropped from a name without being a role. */
export const HONORIFICS = new Set("mr mrs ms dr sir dame lord rev prof".split(" "));

/** Words that mark a name as an organization. */
export const ORG_WORDS = new Set(
  ("agency office ministry department council committee commission union party bank company corporation corp inc ltd llc plc " +
    "group motors airlines airways association federation university institute court parliament congress senate army navy " +
    "forces force police news press times post journal herald tribune gazette service services authority fund organization " +
    "organisation reserve exchange network foundation government administration cabinet command center centre bureau " +
    "board league club team alliance coalition front movement council institution assembly guard guards agency industries " +
    "holdings partners capital technologies systems media broadcasting broadcast television radio network communications " +
    "laboratories labs pharmaceuticals energy petroleum oil airlines railways commission tribunal division cdc fbi cia nato opec").split(" "),
);

/** Lower-case nouns after a name that make it an organization ("the Tanjug news agency"). */
export const ORG_FOLLOWERS = new Set("agency company firm group party ministry newspaper broadcaster bank network channel outlet union carmaker automaker airline manufacturer maker retailer".split(" "));

/** Common nouns that class an organization when they stand right before its name ("insurance
 *  firm AIG", "the auto companies Toyota", "the assembly plant Automobile Craiova"). */
export const ORG_NOUNS = new Set([
  ...ORG_FOLLOWERS,
  ..."carrier insurer lender conglomerate subsidiary division unit plant brand supplier distributor dealer dealership broker producer operator developer regulator watchdog union".split(" "),
]);

/** Determiners and possessive pronouns: a noun phrase begins with one of them, or with none. */
export const DETERMINERS = new Set("the a an another its his her their our my your this that".split(" "));

/** Connectors allowed inside a multi-word name ("Bank of England", "Ursula von der Leyen"). */
export const NAME_CONNECTORS = new Set("of de da das do dos van von der den ten ter bin bint al el la le del di du y & for and".split(" "));

/** Capitalized words that never start a name. */
export const NEVER_NAMES = new Set(
  ("the a an after before if in on at but and or when while as it he she they we i you his her their our its this that these those " +
    "despite meanwhile both only speaking according mr mrs ms there here what who why how where which some many most all any each " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october " +
    "november december today yesterday tomorrow tonight however although though since until yet so also even still then now " +
    "photo photos image images video watch read related advertisement getty").split(" "),
);

/** Verbs after which a bare capitalized word is most likely a person or organization. */
export const AGENT_VERBS = /^(said|says|say|told|tells|added|stressed|announced|wrote|urged|warned|claimed|stated|insisted|noted|argued|declared|confirmed|denied|met|meets|visited|resigned|would|will|has|had|is|was|accepted|rejected)$/i;
