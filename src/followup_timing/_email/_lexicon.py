"""Word classes and word lists for the email validator, kept as data.

The four moves are recognised by frames (:mod:`followup_timing._email._frames`) over the
classes below. A class holds **lemmas**, the dictionary form of a word ("excite", not
"excited", "excites", "energises"): every inflection and British spelling reaches its lemma
through the generated table in :mod:`followup_timing._email._inflections`, built by
``scripts/generate_inflections.py`` from the lemmas listed here. A few classes hold fixed
surface forms instead, where the form itself carries the meaning ("excited" is a feeling,
"exciting" is praise); their names end in ``_FORMS``.

Words are compared after normalisation (:mod:`followup_timing._email._words`): lower case,
typographic apostrophes made straight, contractions expanded ("I'd" is "i would", "don't"
is "do not").

The rest of the file (greetings, sign-offs, tone, placeholders, abbreviations) is plain word
and phrase lists used by the other checks.
"""

from __future__ import annotations

# --- people ------------------------------------------------------------------------------

#: The writer, as subject, object or owner.
WRITER: frozenset[str] = frozenset({"i", "me", "my", "myself", "mine"})
#: Other people, as subject or object.
OTHERS: frozenset[str] = frozenset(
    {
        "you",
        "yourself",
        "yourselves",
        "he",
        "him",
        "she",
        "her",
        "they",
        "them",
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "whoever",
        "everyone",
        "everybody",
        "candidate",
        "candidates",
        "applicant",
        "applicants",
        "we",
        "us",
        "one",
    }
)
#: Owners that make what follows someone else's ("your team", "his experience").
OTHER_OWNERS: frozenset[str] = frozenset({"your", "his", "her", "their", "our", "its"})
#: Nouns for people: "my colleague has ten years of experience" is a third party's claim.
PERSON_NOUNS: frozenset[str] = frozenset(
    {
        "colleague",
        "coworker",
        "manager",
        "boss",
        "friend",
        "mentor",
        "partner",
        "wife",
        "husband",
        "spouse",
        "brother",
        "sister",
        "mother",
        "father",
        "mom",
        "dad",
        "son",
        "daughter",
        "predecessor",
        "reference",
        "referee",
        "supervisor",
        "classmate",
        "peer",
        "client",
        "teammate",
        "director",
        "lead",
        "former",
        "previous",
        "cousin",
        "uncle",
        "aunt",
        "roommate",
        "neighbor",
        "professor",
        "teacher",
        "student",
        "employee",
    }
)
#: Verbs after which "me" is the one who feels: "the talk made me excited".
CAUSATIVES: frozenset[str] = frozenset({"make", "leave", "get", "keep", "render", "let"})

# --- the shape of a clause ---------------------------------------------------------------

#: Words that start a new clause: negation, the subject and "who is speaking" stop there.
CLAUSE_OPENERS: frozenset[str] = frozenset(
    {
        "but",
        "however",
        "although",
        "though",
        "whereas",
        "while",
        "yet",
        "because",
        "since",
        "unless",
        "nevertheless",
        "nonetheless",
        "instead",
        "which",
        "who",
        "whom",
        "whose",
        "if",
        "otherwise",
        "meanwhile",
    }
)
#: "and"/"so" start a clause only when a subject follows: "and I have built".
SUBJECT_WORDS: frozenset[str] = frozenset(
    {"i", "you", "he", "she", "they", "we", "it", "this", "that", "there"}
)
#: Relative openers: the clause's subject is a noun before it, never the writer by default.
RELATIVE_OPENERS: frozenset[str] = frozenset({"which", "who", "whom", "whose"})
#: Words that may come between a subject and its predicate: "I have also really been".
SUBJECT_SKIP: frozenset[str] = frozenset(
    {
        "be",
        "have",
        "do",
        "will",
        "would",
        "can",
        "could",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "remain",
        "feel",
        "seem",
        "become",
        "stay",
        "grow",
        "get",
        "sound",
        "look",
        "really",
        "very",
        "so",
        "truly",
        "genuinely",
        "still",
        "also",
        "even",
        "more",
        "most",
        "much",
        "incredibly",
        "extremely",
        "particularly",
        "especially",
        "all",
        "just",
        "already",
        "now",
        "definitely",
        "certainly",
        "absolutely",
        "quite",
        "super",
        "deeply",
        "sincerely",
        "always",
        "personally",
        "honestly",
        "again",
        "both",
        "further",
        "equally",
        "increasingly",
        "ever",
        "only",
        "actually",
        "highly",
        "greatly",
        "immensely",
        "hugely",
        "thoroughly",
        "pretty",
        "rather",
        "then",
        "recently",
        "successfully",
        "previously",
        "directly",
        "largely",
        "mostly",
        "often",
        "regularly",
        "primarily",
        "once",
        "first",
        "too",
        "as",
        "well",
        "enormously",
        "tremendously",
        "sure",
        "think",
        "believe",
        "know",
        "confident",
        "certain",
        "hope",
        "trust",
        "convinced",
        "that",
        "not",
        "no",
        "never",
        "longer",
        "a",
        "an",
        "the",
        "and",
        "or",
        "being",
        "additionally",
        "currently",
        "proudly",
        "happily",
        "gladly",
        "lately",
        "today",
        "yesterday",
        "def",
        "beyond",
        "properly",
        "defo",
        "totally",
        "seriously",
        "hands",
        "down",
        "frankly",
        "simply",
        "obviously",
        "clearly",
        "ultimately",
        "dead",
    }
)
#: Prepositions: a pronoun right after one is an object, not the subject.
PREPOSITIONS: frozenset[str] = frozenset(
    {
        "with",
        "to",
        "for",
        "from",
        "of",
        "about",
        "by",
        "at",
        "on",
        "in",
        "into",
        "like",
        "than",
        "toward",
        "towards",
        "without",
        "after",
        "before",
        "behind",
        "among",
    }
)

# --- negation ----------------------------------------------------------------------------

#: Words that end a negation's scope in the tone checks ("I don't expect, but ...").
SCOPE_TERMINATORS: frozenset[str] = frozenset(
    {
        "but",
        "however",
        "although",
        "though",
        "yet",
        "except",
        "whereas",
        "while",
        "nevertheless",
        "nonetheless",
        "instead",
        "which",
        "that",
        "who",
    }
)
#: Words that negate what follows them in their clause (one rule for the whole validator).
NEGATIONS: frozenset[str] = frozenset(
    {
        "not",
        "no",
        "never",
        "nor",
        "neither",
        "without",
        "hardly",
        "barely",
        "lack",
        "unable",
        "none",
        "nothing",
        "nobody",
        "nowhere",
        "little",
        "limited",
        "zero",
        "minimal",
        "cannot",
    }
)
#: Negations that only intensify or idiom ("not only", "can't wait", "never been more"),
#: as lemma sequences. A comparative after a negation ("couldn't be happier") is one too.
PSEUDO_NEGATIONS: tuple[tuple[str, ...], ...] = (
    ("not", "only"),
    ("not", "just"),
    ("no", "doubt"),
    ("without", "a", "doubt"),
    ("without", "doubt"),
    ("no", "matter"),
    ("not", "to", "mention"),
    ("not", "wait"),
    ("not", "hesitate"),
    ("not", "thank"),
    ("not", "say", "enough"),
    ("not", "tell", "you"),
    ("no", "problem"),
    ("not", "a", "problem"),
    ("no", "less"),
    ("no", "later"),
    ("not", "least"),
    ("nothing", "but"),
    ("never", "stop"),
    ("not", "stop"),
)
#: Words a comparative negation may skip before "more" or an "-er" adjective.
COMPARATIVE_BRIDGE: frozenset[str] = frozenset({"be", "have", "feel", "ever"})

# --- gratitude ---------------------------------------------------------------------------

#: Thanking words; all count only with an object of what the recipient gave.
THANK: frozenset[str] = frozenset({"thank", "thankyou", "thx", "thnx", "ty", "tyvm", "cheers"})
#: Appreciating verbs: "I appreciated your time", "I really valued the time you gave me".
APPRECIATE: frozenset[str] = frozenset({"appreciate", "value", "treasure", "cherish"})
#: Grateful adjectives and nouns: "I'm grateful for", "my gratitude for".
GRATEFUL_FORMS: frozenset[str] = frozenset(
    {"grateful", "thankful", "appreciative", "gratitude", "appreciation", "indebted", "obliged"}
)
#: Objects of thanks that the guidelines exclude: logistics, patience, sarcasm.
THANKS_EXCLUDED_OBJECTS: frozenset[str] = frozenset(
    {
        "patience",
        "understanding",
        "email",
        "reply",
        "response",
        "message",
        "note",
        "nothing",
        "waste",
        "ghost",
        "ignore",
        "let",
        "get",
        "confirmation",
        "reach",
        "keep",
        "update",
        "confirm",
        "reminder",
        "heads",
        "advance",
        "request",
        "any",
    }
)
#: Words that make thanks or appreciation a request: "I'd appreciate an update".
MODALS: frozenset[str] = frozenset({"would", "will", "shall", "could"})
#: What a request asks for: "I'd be grateful for an update by Friday".
REQUEST_NOUNS: frozenset[str] = frozenset(
    {
        "update",
        "feedback",
        "reply",
        "response",
        "news",
        "word",
        "information",
        "detail",
        "timeline",
        "decision",
        "answer",
        "insight",
        "thought",
        "clarification",
        "status",
        "callback",
        "confirmation",
        "guidance",
        "advice",
    }
)
#: Enjoyment of the meeting: courtesy, not gratitude, and not interest.
ENJOY: frozenset[str] = frozenset({"enjoy", "pleasure", "delight", "privilege", "honor"})
PLEASANT: frozenset[str] = frozenset(
    {
        "great",
        "nice",
        "lovely",
        "wonderful",
        "good",
        "fantastic",
        "pleasure",
        "delight",
        "fun",
        "pleasant",
        "brilliant",
        "awesome",
    }
)
MEETING_VERBS: frozenset[str] = frozenset(
    {"meet", "speak", "talk", "chat", "connect", "see", "catch", "sit"}
)
#: Words that make a pleasure or an action hypothetical ("it would be great to meet").
HYPOTHETICAL: frozenset[str] = frozenset({"would", "could", "hope", "if", "love", "will", "might"})

# --- interest ----------------------------------------------------------------------------

#: Feelings the writer has about the job: "I'm excited about the role", "keen to join".
#: Surface forms: "exciting" is praise of something, not the writer's wish.
AFFECT_FORMS: frozenset[str] = frozenset(
    {
        "excited",
        "thrilled",
        "eager",
        "enthusiastic",
        "keen",
        "interested",
        "passionate",
        "energized",
        "energised",
        "inspired",
        "motivated",
        "delighted",
        "enthused",
        "invested",
        "hopeful",
        "committed",
        "drawn",
        "attracted",
        "fascinated",
        "intrigued",
        "buzzing",
        "stoked",
        "pumped",
        "psyched",
        "hungry",
    }
)
#: Nouns of the same feelings: "my enthusiasm for the position".
AFFECT_NOUNS: frozenset[str] = frozenset(
    {
        "interest",
        "enthusiasm",
        "excitement",
        "passion",
        "eagerness",
        "desire",
        "keenness",
        "wish",
        "ambition",
        "aspiration",
    }
)
#: Verbs whose subject is what excites and whose object is the one excited: "the role
#: excites me", "this opening really appeals to me".
STIMULUS_VERBS: frozenset[str] = frozenset(
    {
        "excite",
        "thrill",
        "appeal",
        "energize",
        "interest",
        "inspire",
        "resonate",
        "attract",
        "draw",
        "fascinate",
        "motivate",
        "intrigue",
        "speak",
        "delight",
    }
)
#: Wanting: "I want this job", "I'd love to join", "I hope to contribute".
DESIRE: frozenset[str] = frozenset(
    {
        "want",
        "hope",
        "love",
        "like",
        "wish",
        "aspire",
        "eager",
        "keen",
        "long",
        "aim",
        "dream",
        "welcome",
        "relish",
    }
)
#: Glad-to adjectives that want the job when joining follows: "I'd be delighted to come on
#: board" (with "send", "share" they offer something: a call to action).
GLAD_FORMS: frozenset[str] = frozenset(
    {
        "happy",
        "glad",
        "delighted",
        "thrilled",
        "honored",
        "honoured",
        "excited",
        "eager",
        "keen",
        "proud",
        "ready",
        "pleased",
        "chuffed",
        "up",
        "stoked",
        "pumped",
        "psyched",
        "willing",
    }
)
#: Joining the employer: the targets of a wish that make it interest in the job.
JOIN_VERBS: frozenset[str] = frozenset(
    {
        "join",
        "contribute",
        "work",
        "be",
        "come",
        "help",
        "bring",
        "start",
        "collaborate",
        "build",
        "grow",
        "support",
        "serve",
        "apply",
        "accept",
        "move",
        "continue",
        "partner",
        "tackle",
        "take",
        "become",
        "get",
        "make",
        "dive",
        "lead",
        "represent",
    }
)
#: Words for the job and the employer: the targets interest needs.
JOB_TARGETS: frozenset[str] = frozenset(
    {
        "role",
        "position",
        "job",
        "opportunity",
        "opening",
        "vacancy",
        "post",
        "company",
        "team",
        "organization",
        "organisation",
        "firm",
        "mission",
        "department",
        "group",
        "agency",
        "practice",
        "school",
        "hospital",
        "clinic",
        "lab",
        "studio",
        "startup",
        "business",
        "culture",
        "vision",
        "project",
        "challenge",
        "possibility",
        "chance",
        "prospect",
        "join",
        "contribute",
        "board",
        "aboard",
        "part",
        "career",
        "offer",
        "here",
        "there",
        "store",
        "restaurant",
        "shop",
        "kitchen",
        "office",
        "unit",
        "ward",
        "district",
        "newsroom",
        "program",
        "programme",
        "initiative",
        "product",
        "platform",
        "work",
        "next",
        "step",
        "everything",
        "idea",
        "plan",
        "roadmap",
        "goal",
        "place",
        "employer",
        "brand",
        "field",
        "sector",
        "crew",
        "staff",
        "faculty",
        "spot",
        "gig",
        "apprenticeship",
        "internship",
        "placement",
        "traineeship",
    }
)
#: Capitalised words that name a time, not an employer: "excited for Christmas".
TIME_NAMES: frozenset[str] = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "christmas",
        "easter",
        "thanksgiving",
        "diwali",
        "eid",
        "hanukkah",
        "ramadan",
        "halloween",
        "new",
        "year",
    }
)
#: Leisure: a feeling about these is not about the job ("keen for the holidays").
LEISURE: frozenset[str] = frozenset(
    {
        "trip",
        "holiday",
        "vacation",
        "weekend",
        "break",
        "party",
        "game",
        "concert",
        "wedding",
        "festival",
        "birthday",
        "season",
        "summer",
        "winter",
        "match",
        "race",
        "show",
        "movie",
        "film",
        "baby",
        "house",
        "flat",
        "apartment",
        "dinner",
    }
)
#: Judgements that make a job target the writer's wish: "contributing to your mission
#: would be a dream", "the role is exactly what I have been looking for".
DREAM_WORDS: frozenset[str] = frozenset(
    {
        "dream",
        "wonderful",
        "honor",
        "honour",
        "privilege",
        "thrill",
        "joy",
        "perfect",
        "ideal",
        "exactly",
        "precisely",
        "fantastic",
        "amazing",
        "incredible",
        "mean",
        "great",
        "brilliant",
        "excellent",
        "excite",
        "lovely",
        "pleasure",
    }
)
#: Leaving the meeting with a feeling: "I left our call energized".
LEAVE_VERBS: frozenset[str] = frozenset({"leave", "come", "walk", "finish", "end", "hang"})
SEARCH_VERBS: frozenset[str] = frozenset({"look", "hope", "search", "seek", "want", "wait"})

# --- qualifications ----------------------------------------------------------------------

#: What the writer did: claims with the writer as subject ("I led", "I've built").
ACHIEVE: frozenset[str] = frozenset(
    {
        "promote",
        "award",
        "lead",
        "build",
        "manage",
        "develop",
        "design",
        "create",
        "launch",
        "implement",
        "deliver",
        "ship",
        "grow",
        "increase",
        "reduce",
        "improve",
        "automate",
        "write",
        "run",
        "oversee",
        "coordinate",
        "train",
        "teach",
        "mentor",
        "negotiate",
        "handle",
        "work",
        "spend",
        "found",
        "establish",
        "streamline",
        "optimize",
        "architect",
        "migrate",
        "scale",
        "drive",
        "spearhead",
        "analyze",
        "organize",
        "own",
        "produce",
        "save",
        "win",
        "earn",
        "complete",
        "publish",
        "present",
        "direct",
        "supervise",
        "partner",
        "collaborate",
        "resolve",
        "generate",
        "raise",
        "secure",
        "close",
        "sell",
        "help",
        "contribute",
        "model",
        "maintain",
        "administer",
        "audit",
        "tutor",
        "coach",
        "treat",
        "serve",
        "operate",
        "redesign",
        "rebuild",
        "refactor",
        "cut",
        "double",
        "triple",
        "halve",
        "recruit",
        "hire",
        "consolidate",
        "deploy",
        "program",
        "volunteer",
        "research",
        "author",
        "translate",
        "head",
        "chair",
        "restructure",
        "standardize",
        "pilot",
        "specialize",
        "assist",
        "keep",
        "rewrite",
        "exceed",
        "surpass",
        "achieve",
        "execute",
        "facilitate",
        "guide",
        "champion",
        "transform",
        "expand",
        "revamp",
        "simplify",
        "accelerate",
        "boost",
        "lower",
        "eliminate",
        "pioneer",
        "initiate",
        "conduct",
        "perform",
        "engineer",
        "craft",
        "instruct",
        "counsel",
        "advise",
        "consult",
        "represent",
        "repair",
        "install",
        "inspect",
        "diagnose",
        "precept",
        "test",
        "validate",
        "evaluate",
        "assess",
        "monitor",
        "forecast",
        "budget",
        "reconcile",
        "dispatch",
        "draft",
        "edit",
        "support",
        "hit",
        "beat",
        "graduate",
        "study",
        "certify",
        "qualify",
        "hold",
        "bring",
        "use",
        "code",
        "cook",
        "nurse",
        "sew",
        "weld",
        "fix",
        "shoot",
        "photograph",
        "illustrate",
        "animate",
        "compose",
        "manufacture",
        "fabricate",
        "assemble",
        "prototype",
        "debug",
        "integrate",
        "orchestrate",
        "moderate",
        "curate",
        "invent",
        "patent",
        "cofound",
    }
)
#: Irregular and regular past forms that, alone at the head of a bullet, are a claim
#: ("- Led the migration of 40 services"); other forms there are imperatives.
PAST_MARK: str = "ed"
IRREGULAR_PAST: frozenset[str] = frozenset(
    {
        "led",
        "built",
        "ran",
        "grew",
        "wrote",
        "drove",
        "won",
        "taught",
        "oversaw",
        "cut",
        "sold",
        "spent",
        "kept",
        "held",
        "made",
        "brought",
        "took",
        "rewrote",
        "rebuilt",
        "shot",
        "overseen",
        "written",
        "run",
        "grown",
        "begun",
        "began",
    }
)
#: Skill nouns: claims owned by the writer ("my experience", "I have a background in").
SKILL_NOUNS: frozenset[str] = frozenset(
    {
        "experience",
        "background",
        "skill",
        "skillset",
        "expertise",
        "record",
        "degree",
        "certification",
        "credential",
        "qualification",
        "knowledge",
        "training",
        "proficiency",
        "fluency",
        "license",
        "licence",
        "mba",
        "phd",
        "bachelor",
        "master",
        "diploma",
        "certificate",
        "history",
        "exposure",
        "familiarity",
        "strength",
        "competence",
        "ticket",
        "endorsement",
        "accreditation",
        "cert",
    }
)
#: Verbs that make a skill noun the writer's: "I have", "I bring", "I hold".
POSSESS: frozenset[str] = frozenset(
    {
        "have",
        "bring",
        "hold",
        "possess",
        "gain",
        "earn",
        "acquire",
        "build",
        "develop",
        "get",
        "complete",
        "offer",
        "apply",
        "combine",
        "draw",
        "leverage",
        "use",
    }
)
#: Learning verbs: "to develop my skills", "I hope to gain experience" are wishes.
LEARN: frozenset[str] = frozenset(
    {
        "develop",
        "improve",
        "grow",
        "learn",
        "build",
        "expand",
        "strengthen",
        "broaden",
        "gain",
        "deepen",
        "sharpen",
        "hone",
        "get",
        "acquire",
        "take",
        "pursue",
        "study",
    }
)
#: Adjectives of skill, as surface forms: "I'm proficient in SQL", "I am fluent in".
SKILL_FORMS: frozenset[str] = frozenset(
    {
        "skilled",
        "proficient",
        "certified",
        "fluent",
        "experienced",
        "qualified",
        "versed",
        "licensed",
        "accredited",
        "adept",
        "trained",
        "familiar",
        "seasoned",
        "registered",
        "bilingual",
        "expert",
        "competent",
        "knowledgeable",
        "credentialed",
        "published",
        "responsible",
    }
)
#: Fit claims: "I'd be a great fit", "a strong match for what you need".
FIT_NOUNS: frozenset[str] = frozenset(
    {"fit", "match", "asset", "addition", "candidate", "choice", "hire", "contributor"}
)
#: Adjectives that make a fit noun a claim: "a strong candidate", "a valuable addition".
FIT_ADJECTIVES: frozenset[str] = frozenset(
    {
        "great",
        "strong",
        "good",
        "perfect",
        "ideal",
        "excellent",
        "natural",
        "right",
        "solid",
        "valuable",
        "real",
        "terrific",
        "fantastic",
        "wonderful",
        "superb",
        "outstanding",
        "exceptional",
        "close",
        "best",
        "top",
        "qualified",
        "competitive",
        "positive",
        "useful",
        "immediate",
        "quick",
        "fine",
        "welcome",
        "genuine",
        "asset",
        "fit",
    }
)
#: Adverbs before a fit participle: "well suited", "uniquely positioned".
FIT_ADVERBS: frozenset[str] = frozenset(
    {
        "well",
        "uniquely",
        "ideally",
        "perfectly",
        "particularly",
        "strongly",
        "closely",
        "very",
        "so",
        "especially",
        "really",
        "nicely",
        "better",
        "best",
        "ready",
    }
)
FIT_FORMS: frozenset[str] = frozenset(
    {"suited", "placed", "positioned", "equipped", "prepared", "matched", "aligned"}
)
#: Units that make "six years in sales" a claim after a number.
DURATION_UNITS: frozenset[str] = frozenset({"year", "yr", "yrs", "month", "mos", "decade"})
NUMBER_WORDS: frozenset[str] = frozenset(
    {
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "several",
        "many",
        "multiple",
        "few",
        "a",
        "one",
    }
)
#: Words before a number that make a duration something else: "in five years".
DURATION_NOT_CLAIM_BEFORE: frozenset[str] = frozenset(
    {
        "in",
        "within",
        "next",
        "coming",
        "another",
        "for",
        "than",
        "after",
        "those",
        "these",
        "all",
        "past",
    }
)
#: Words after a duration that tie it to work: "six years in sales", "years building".
DURATION_LINKS: frozenset[str] = frozenset(
    {"of", "in", "at", "as", "with", "on", "across", "inside", "within"}
)
#: Verbs that report what the reader said or felt: "you mentioned my experience".
REPORTING: frozenset[str] = frozenset(
    {
        "mention",
        "say",
        "tell",
        "explain",
        "note",
        "describe",
        "indicate",
        "share",
        "outline",
        "walk",
        "lay",
        "ask",
        "wonder",
        "interest",
        "impress",
        "like",
        "love",
        "curious",
        "enjoy",
        "review",
        "read",
        "notice",
        "see",
        "value",
        "praise",
        "highlight",
        "appreciate",
        "point",
        "hear",
        "need",
        "want",
        "require",
        "seek",
        "look",
        "expect",
        "prefer",
    }
)
#: Counterfactual wishes: "I wish I had more experience" is no claim.
IRREALIS: frozenset[str] = frozenset({"wish"})

# --- call to action ----------------------------------------------------------------------

#: Imperatives that ask for the next interaction: "reach me at", "keep me in mind".
ASK_IMPERATIVES: frozenset[str] = frozenset(
    {
        "reach",
        "contact",
        "call",
        "email",
        "text",
        "ring",
        "write",
        "send",
        "share",
        "tell",
        "keep",
        "feel",
        "hesitate",
        "update",
        "loop",
        "advise",
        "inform",
        "consider",
        "ping",
        "drop",
        "schedule",
        "book",
        "suggest",
        "propose",
        "let",
        "give",
        "forward",
        "message",
        "include",
        "confirm",
        "lmk",
        "get",
        "revert",
    }
)
#: Polite openers before an imperative: "Please let me know", "Do reach out".
POLITE: frozenset[str] = frozenset(
    {"please", "kindly", "do", "just", "also", "so", "and", "again", "simply", "pls", "plz"}
)
#: Asking about the process: "I wanted to ask whether", "I'm writing to check on".
ASK_VERBS: frozenset[str] = frozenset(
    {
        "ask",
        "inquire",
        "enquire",
        "check",
        "wonder",
        "know",
        "confirm",
        "find",
        "see",
        "learn",
        "follow",
    }
)
#: Words that introduce what is asked: "whether a decision has been made".
ASK_LINKS: frozenset[str] = frozenset(
    {"whether", "if", "when", "what", "how", "about", "on", "where", "regarding", "up"}
)
#: Offering: "I'm happy to send references", "I'm available for a call".
OFFER_FORMS: frozenset[str] = frozenset(
    {"happy", "glad", "willing", "available", "free", "ready", "pleased", "able", "open"}
)
OFFER_VERBS: frozenset[str] = frozenset(
    {
        "provide",
        "share",
        "send",
        "answer",
        "discuss",
        "talk",
        "chat",
        "elaborate",
        "follow",
        "jump",
        "hop",
        "meet",
        "come",
        "clarify",
        "speak",
        "walk",
        "supply",
        "forward",
        "connect",
        "expand",
        "submit",
        "complete",
        "arrange",
        "offer",
        "pass",
        "dig",
        "demo",
        "show",
        "present",
        "prepare",
        "furnish",
        "travel",
        "visit",
        "give",
        "put",
        "pop",
        "swing",
        "stop",
        "drop",
        "do",
    }
)
#: What a wish to hear or talk is about, making it a soft call to action.
CONTACT_VERBS: frozenset[str] = frozenset(
    {
        "hear",
        "speak",
        "talk",
        "connect",
        "discuss",
        "chat",
        "meet",
        "learn",
        "know",
        "continue",
        "catch",
        "receive",
        "get",
        "find",
    }
)
#: The process: nouns a look-forward or a question aims at.
PROCESS_NOUNS: frozenset[str] = frozenset(
    {
        "next",
        "step",
        "stage",
        "round",
        "update",
        "news",
        "reply",
        "response",
        "decision",
        "conversation",
        "discussion",
        "call",
        "meeting",
        "chat",
        "interview",
        "timeline",
        "outcome",
        "result",
        "feedback",
        "process",
        "word",
        "answer",
        "status",
        "hear",
        "speak",
        "talk",
        "connect",
        "follow",
    }
)
#: Offers of things under a condition: "if you need anything else".
OFFERED_THINGS: frozenset[str] = frozenset(
    {
        "anything",
        "more",
        "further",
        "additional",
        "information",
        "detail",
        "reference",
        "sample",
        "portfolio",
        "question",
        "else",
        "other",
        "material",
        "document",
        "clarification",
        "help",
    }
)
#: Question openers that ask the reader for something ("Could you share ...?").
QUESTION_OPENERS: frozenset[tuple[str, str]] = frozenset(
    {
        ("could", "you"),
        ("would", "you"),
        ("can", "you"),
        ("will", "you"),
        ("might", "you"),
        ("would", "it"),
        ("could", "i"),
        ("can", "i"),
        ("should", "i"),
        ("shall", "i"),
        ("may", "i"),
        ("be", "there"),
        ("do", "you"),
        ("would", "any"),
        ("work", "for"),
        ("be", "it"),
        ("could", "we"),
        ("can", "we"),
        ("shall", "we"),
        ("should", "we"),
        ("do", "i"),
    }
)
#: Question words about the process: "Is the position still open?"
QUESTION_WORDS: frozenset[str] = frozenset(
    {
        "decide",
        "decision",
        "timeline",
        "timing",
        "status",
        "update",
        "news",
        "open",
        "fill",
        "available",
        "hiring",
        "hire",
        "process",
        "progress",
        "hear",
        "schedule",
        "next",
        "expect",
        "anticipate",
        "stage",
        "round",
        "feedback",
        "availability",
        "timeframe",
        "when",
        "suit",
        "convenient",
    }
)
#: "Do you ..." about the reader's tastes is small talk.
SMALL_TALK: frozenset[str] = frozenset(
    {"enjoy", "like", "love", "think", "remember", "miss", "prefer", "play", "watch", "go"}
)

# --- withdrawal --------------------------------------------------------------------------

#: Withdrawing outright: "withdraw my application", "pull out of the process".
WITHDRAW_VERBS: frozenset[str] = frozenset({"withdraw", "bow", "pull", "step", "back"})
#: Going on: negated by the writer, a withdrawal ("I will not be pursuing the position").
GO_ON: frozenset[str] = frozenset(
    {"pursue", "move", "proceed", "continue", "go", "remain", "consider"}
)
#: Turning the process down: "I must respectfully decline".
DECLINE: frozenset[str] = frozenset({"decline", "turn"})
#: Objects that point elsewhere: "not pursuing other roles", "decline another offer".
ELSEWHERE: frozenset[str] = frozenset(
    {"other", "another", "else", "elsewhere", "alternative", "different"}
)
#: After a negated going-on: waiting, not stopping ("without thanking you").
UNTIL: frozenset[str] = frozenset({"without", "until", "before", "unless", "till"})
#: Conditions: "If I accepted another offer" is no statement.
CONDITIONALS: frozenset[str] = frozenset({"if", "unless", "whether", "lest", "understand"})
#: Offers the writer accepted elsewhere: "I have accepted another offer".
OFFER_NOUNS: frozenset[str] = frozenset({"offer", "position", "role", "job", "opportunity"})

#: The classes above that hold lemmas: scripts/generate_inflections.py expands every word
#: of these to all its forms. (Classes named ``*_FORMS`` hold surface forms and are left.)
# --- frames added for wordings of the guidelines outside the first development set ---------

#: Nouns a relative clause of wanting can hang on: "the one I've been working toward",
#: "a challenge I would relish", "something I'd throw myself into".
WANTED_NOUNS: frozenset[str] = frozenset(
    {
        "one",
        "something",
        "kind",
        "type",
        "sort",
        "thing",
        "challenge",
        "mission",
        "place",
        "work",
        "step",
        "move",
        "chance",
        "opportunity",
        "role",
        "job",
        "position",
        "post",
        "team",
        "company",
        "career",
        "field",
        "path",
        "where",
    }
)
#: Verbs of wanting inside such a relative clause ("the job I have wanted since ...").
WANTING_VERBS: frozenset[str] = frozenset(
    {
        "want",
        "hope",
        "wish",
        "dream",
        "relish",
        "love",
        "look",
        "search",
        "seek",
        "aim",
        "aspire",
        "long",
        "work",
        "throw",
        "proud",
        "wait",
        "enjoy",
        "cherish",
        "belong",
    }
)
#: Verbs linking a subject to what it is: "X is the job", "X feels like the one".
LINKING_VERBS: frozenset[str] = frozenset({"be", "feel", "seem", "sound", "look"})
#: Words of a requirement: a duration after them is what the job needs, not a claim.
REQUIREMENT_WORDS: frozenset[str] = frozenset(
    {
        "require",
        "requirement",
        "need",
        "must",
        "seek",
        "ideal",
        "candidate",
        "least",
        "minimum",
        "expect",
        "ask",
        "want",
    }
)

LEMMA_CLASSES: tuple[frozenset[str], ...] = (
    WRITER,
    OTHERS,
    PERSON_NOUNS,
    CAUSATIVES,
    SUBJECT_SKIP,
    PREPOSITIONS,
    NEGATIONS,
    COMPARATIVE_BRIDGE,
    THANK,
    APPRECIATE,
    THANKS_EXCLUDED_OBJECTS,
    REQUEST_NOUNS,
    ENJOY,
    PLEASANT,
    MEETING_VERBS,
    AFFECT_NOUNS,
    STIMULUS_VERBS,
    DESIRE,
    JOIN_VERBS,
    JOB_TARGETS,
    DREAM_WORDS,
    SEARCH_VERBS,
    LEAVE_VERBS,
    LEISURE,
    ACHIEVE,
    SKILL_NOUNS,
    POSSESS,
    LEARN,
    FIT_NOUNS,
    DURATION_UNITS,
    REPORTING,
    IRREALIS,
    ASK_IMPERATIVES,
    ASK_VERBS,
    OFFER_VERBS,
    CONTACT_VERBS,
    PROCESS_NOUNS,
    OFFERED_THINGS,
    QUESTION_WORDS,
    SMALL_TALK,
    WITHDRAW_VERBS,
    GO_ON,
    DECLINE,
    OFFER_NOUNS,
    frozenset(
        {
            "look",
            "forward",
            "accept",
            "decide",
            "lose",
            "ask",
            "send",
            "hear",
            "need",
            "expect",
            "require",
            "plan",
            "find",
        }
    ),
    WANTED_NOUNS,
    WANTING_VERBS,
    LINKING_VERBS,
    REQUIREMENT_WORDS,
    frozenset(
        {
            "suit",
            "await",
            "grab",
            "cross",
            "picture",
            "imagine",
            "set",
            "ambition",
            "goal",
            "aspiration",
        }
    ),
)

# --- greetings and sign-offs -------------------------------------------------------------

GREETINGS: tuple[str, ...] = (
    "hi",
    "hello",
    "hey",
    "dear",
    "good morning",
    "good afternoon",
    "good evening",
    "greetings",
    "hiya",
    "howdy",
    "to whom it may concern",
)
SIGN_OFFS: tuple[str, ...] = (
    "best",
    "best regards",
    "best wishes",
    "all the best",
    "all best",
    "regards",
    "kind regards",
    "kindest regards",
    "warm regards",
    "warmest regards",
    "warmly",
    "warm wishes",
    "with best regards",
    "with gratitude",
    "with thanks",
    "with appreciation",
    "with many thanks",
    "many thanks",
    "thanks",
    "thanks again",
    "thanks so much",
    "thanks very much",
    "thank you",
    "thank you again",
    "thank you so much",
    "thank you very much",
    "thanks a lot",
    "sincerely",
    "sincerely yours",
    "yours sincerely",
    "yours truly",
    "yours faithfully",
    "respectfully",
    "respectfully yours",
    "cheers",
    "talk soon",
    "speak soon",
    "take care",
    "gratefully",
    "appreciatively",
    "cordially",
    "cordially yours",
    "looking forward",
    "best of luck",
    "thx",
    "thx again",
    "many thx",
)
SIGN_OFF_SET: frozenset[str] = frozenset(SIGN_OFFS)
#: Thanks that close a message when an object follows: "Thank you for your time,".
THANKS_CLOSINGS: tuple[str, ...] = (
    "thank you",
    "thanks",
    "thank you again",
    "thanks again",
    "thank you so much",
    "thanks so much",
    "thank you very much",
    "many thanks",
    "with thanks",
)

# --- pushy and desperate wording ---------------------------------------------------------

PUSHY_PHRASES: tuple[str, ...] = (
    "asap",
    "a s a p",
    "immediately",
    "urgent",
    "urgently",
    "right away",
    "i expect to hear",
    "i demand",
    "i insist",
    "you must",
    "you need to respond",
    "you need to reply",
    "you need to get back",
    "respond by",
    "reply by",
    "get back to me today",
    "get back to me by",
    "by end of day",
    "by the end of the day",
    "by tomorrow",
    "why haven't you",
    "why have you not",
    "still waiting",
    "i am still waiting",
    "i'm still waiting",
    "i've been waiting",
    "i have been waiting",
    "final notice",
    "failure to respond",
    "this is my third",
    "this is my fourth",
    "i deserve",
    "you owe me",
)
DESPERATE_PHRASES: tuple[str, ...] = (
    "i need this job",
    "i really need this job",
    "i need this position",
    "i need this role",
    "i need a job",
    "i need the job",
    "i desperately",
    "desperate",
    "desperately",
    "begging",
    "i beg",
    "please please",
    "please hire me",
    "i'll do anything",
    "i will do anything",
    "i would do anything",
    "i'd do anything",
    "any job",
    "my last hope",
    "my only hope",
    "my last chance",
    "my only chance",
    "i can't afford",
    "i cannot afford",
)
#: A demand for an answer: one of DEMANDS, then up to two words, then a RESPONSE_NOUNS
#: word ("I expect a decision by Monday", "I expect your reply").
DEMANDS: tuple[str, ...] = ("i expect", "i'll expect", "i will expect", "i require")
#: Only these may come between: "I expect the decision will take time" is no demand.
DEMAND_DETERMINERS: frozenset[str] = frozenset(
    {"a", "an", "your", "to", "some", "final", "prompt", "quick", "immediate", "firm"}
)
RESPONSE_NOUNS: frozenset[str] = frozenset(
    {
        "decision",
        "response",
        "reply",
        "answer",
        "update",
        "offer",
        "callback",
        "feedback",
        "hear",
        "verdict",
        "outcome",
        "confirmation",
    }
)
#: Words that shout when written in capitals, even alone ("I REALLY want this").
SHOUTED_WORDS: frozenset[str] = frozenset(
    {
        "really",
        "very",
        "please",
        "must",
        "need",
        "urgent",
        "immediately",
        "now",
        "today",
        "extremely",
        "absolutely",
        "definitely",
        "love",
        "want",
        "huge",
        "highly",
        "super",
        "truly",
        "totally",
        "soon",
        "respond",
        "reply",
        "answer",
        "hire",
        "waiting",
        "thank",
        "thanks",
        "excited",
        "perfect",
        "best",
        "never",
        "always",
        "still",
    }
)

# --- placeholders ------------------------------------------------------------------------

#: Bracketed words that are not placeholders: ``[sic]``, editorial marks.
BRACKET_ALLOWED: frozenset[str] = frozenset(
    {"sic", "sic!", "emphasis added", "emphasis mine", "sic.", "...", "…", "redacted", "ibid"}
)
#: Title-case template phrases left in a draft ("Dear Your Name,"); in lower case they are
#: ordinary words ("my phone number is ...").
TEMPLATE_PHRASES: tuple[str, ...] = (
    "Company Name",
    "Company name",
    "Job Title",
    "Position Title",
    "Role Title",
    "Position Name",
    "Role Name",
    "Your Name",
    "First Name",
    "Last Name",
    "Full Name",
    "Your Phone",
    "Phone Number",
    "Your Email",
    "Specific Topic",
    "Specific Project",
)
#: Template phrases that are placeholders in any case ("dear hiring manager name,").
TEMPLATE_PHRASES_ANY_CASE: tuple[str, ...] = (
    "hiring manager name",
    "hiring manager's name",
    "interviewer name",
    "interviewer's name",
    "recruiter name",
    "recruiter's name",
    "name of company",
    "name of interviewer",
    "insert name",
    "insert company",
    "insert role",
    "insert position",
    "xyz company",
    "company xyz",
    "abc company",
    "company abc",
)
#: Lower-case tag names that are HTML, not placeholders, inside ``<...>``.
HTML_TAGS: frozenset[str] = frozenset(
    {
        "a",
        "b",
        "i",
        "u",
        "p",
        "br",
        "hr",
        "div",
        "span",
        "em",
        "strong",
        "ul",
        "ol",
        "li",
        "table",
        "tr",
        "td",
        "th",
        "img",
        "html",
        "body",
        "head",
        "title",
        "style",
        "script",
        "blockquote",
        "pre",
        "code",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "font",
        "center",
        "small",
        "big",
        "sup",
        "sub",
        "tbody",
        "thead",
        "meta",
        "link",
    }
)

# --- sentences ---------------------------------------------------------------------------

#: Words followed by a period that does not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
        "approx",
        "dept",
        "vol",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "est",
        "cf",
        "al",
        "gov",
        "univ",
        "assn",
        "bros",
        "messrs",
        "mx",
        "rev",
        "hon",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "ph",
        "ed",
    }
)
