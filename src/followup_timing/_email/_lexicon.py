"""Cue phrases and word lists for the email validator, kept as data.

Every phrase is written in lower case, words separated by single spaces, exactly as the
tokenizer in :mod:`followup_timing._email._text` produces them: runs of letters and digits,
with one inner apostrophe kept (``"don't"``, ``"i'm"``; a typographic ``’`` is read as
``'``). A ``*`` stands for any one word. To teach the validator a new phrase, add it to the
right tuple here, or pass it at run time through ``Rules(extra_cues=...)``.

How each kind of cue is checked is described in :mod:`followup_timing._email._moves`.
"""

from __future__ import annotations

# --- gratitude ---------------------------------------------------------------------------

#: Words of thanks. "thank"/"thanks" count only with a "for ..." object in the same sentence;
#: the others count with any object that is not a filler word.
THANK_CUES: tuple[str, ...] = ("thank", "thanks", "thankyou")
APPRECIATION_CUES: tuple[str, ...] = (
    "appreciate",
    "appreciated",
    "appreciation",
    "grateful",
    "gratitude",
    "thankful",
)
#: Words that may follow a word of thanks without giving it an object: "Thanks so much!"
GRATITUDE_FILLERS: frozenset[str] = frozenset(
    {
        "you", "so", "very", "much", "again", "a", "lot", "all", "both", "everyone",
        "kindly", "once", "more", "many", "really", "sincerely", "truly", "it", "that",
        "this", "everybody", "greatly", "deeply", "indeed", "tons", "heaps", "in",
        "advance", "ahead", "of", "time", "always",
    }
)
#: "I would appreciate ..." asks for something: a request, not thanks.
REQUEST_BEFORE_APPRECIATE: frozenset[str] = frozenset({"would", "i'd", "we'd", "'d", "will"})
REQUEST_AFTER_APPRECIATE: tuple[str, ...] = ("it if", "any", "an update", "a reply", "if")
#: Thanks for something that has not happened yet.
IN_ADVANCE: tuple[str, ...] = ("in advance", "ahead of time", "advance thanks")
#: Pleasure in the meeting itself ("It was a pleasure meeting you").
PLEASURE_CUES: tuple[str, ...] = (
    "enjoyed",
    "pleasure speaking",
    "pleasure meeting",
    "pleasure talking",
    "pleasure chatting",
    "pleasure to meet",
    "pleasure to speak",
    "pleasure to talk",
    "pleasure to chat",
    "great speaking",
    "great meeting",
    "great talking",
    "great chatting",
    "great to meet",
    "great to speak",
    "great to talk",
    "great to chat",
    "nice meeting",
    "nice speaking",
    "nice talking",
    "nice to meet",
    "lovely meeting",
    "lovely speaking",
    "lovely to meet",
    "wonderful meeting",
    "wonderful speaking",
    "wonderful talking",
    "wonderful to meet",
    "good to meet",
    "good speaking",
    "fantastic speaking",
    "fantastic meeting",
    "delight speaking",
    "delight meeting",
    "delight to meet",
)
#: Words that make a pleasure cue hypothetical ("It would be great to meet the team").
HYPOTHETICAL: frozenset[str] = frozenset(
    {"would", "i'd", "we'd", "could", "hope", "hoping", "if", "love", "will", "might"}
)

# --- interest ----------------------------------------------------------------------------

INTEREST_CUES: tuple[str, ...] = (
    "excited",
    "thrilled",
    "eager",
    "enthusiastic",
    "enthusiasm",
    "keen",
    "interested",
    "interest in",
    "my interest",
    "passionate",
    "passion for",
    "forward to joining",
    "forward to contributing",
    "forward to working",
    "forward to the possibility",
    "forward to the opportunity",
    "forward to being",
    "forward to helping",
    "love to join",
    "love to be part",
    "love to be a part",
    "love to contribute",
    "love to work",
    "love to help",
    "love the opportunity",
    "love the chance",
    "hope to join",
    "hope to contribute",
    "hope to work",
    "want to join",
    "can't wait",
    "cannot wait",
    "appeals to me",
    "appealed to me",
    "drawn to",
    "inspired",
    "energized",
    "energised",
    "excites me",
    "resonated with me",
    "resonates with me",
    "dream job",
    "welcome the opportunity",
    "welcome the chance",
    "join your team",
    "join the team",
    "joining your team",
    "joining the team",
    "be part of",
    "be a part of",
    "great fit",
    "strong fit",
    "good fit",
    "right fit",
)

#: Withdrawing from the process: never interest, and a finding of its own.
WITHDRAWAL_CUES: tuple[str, ...] = (
    "no longer interested",
    "not interested in the position",
    "not interested in the role",
    "not interested in this position",
    "not interested in this role",
    "not interested in pursuing",
    "not interested in moving forward",
    "no longer wish",
    "no longer pursuing",
    "no longer pursue",
    "no longer be pursuing",
    "no longer considering",
    "no longer available",
    "withdraw my application",
    "withdraw my candidacy",
    "withdraw my name",
    "withdraw from consideration",
    "withdraw from the process",
    "withdraw from the hiring",
    "withdraw myself",
    "withdrawing my application",
    "withdrawing my candidacy",
    "withdrawing from consideration",
    "withdrawing from the process",
    "remove me from consideration",
    "remove my application",
    "remove my name",
    "accepted another offer",
    "accepted an offer",
    "accepted another position",
    "accepted a position",
    "accepted another role",
    "accepted a role",
    "decided to pursue another",
    "decided to pursue other",
    "decided to pursue a different",
    "decided to accept another",
    "decided to accept an",
    "decline to move forward",
    "not moving forward",
    "not be moving forward",
    "step back from the process",
    "stepping back from the process",
)

# --- qualifications ----------------------------------------------------------------------

#: Past actions that are claims when the writer is the subject ("I led", "I've built").
ACTION_VERBS: frozenset[str] = frozenset(
    {
        "led", "built", "managed", "developed", "designed", "created", "launched",
        "implemented", "delivered", "shipped", "grew", "increased", "reduced", "improved",
        "automated", "wrote", "ran", "oversaw", "coordinated", "trained", "taught",
        "mentored", "negotiated", "handled", "worked", "spent", "founded", "established",
        "streamlined", "optimized", "optimised", "architected", "migrated", "scaled",
        "drove", "spearheaded", "analyzed", "analysed", "supported", "organized", "organised",
        "owned", "produced", "saved", "won", "earned", "completed", "published", "presented",
        "directed", "supervised", "partnered", "collaborated", "resolved", "generated",
        "raised", "secured", "closed", "sold", "helped", "contributed", "modeled", "modelled",
        "maintained", "administered", "audited", "prepared", "tutored", "coached", "cared",
        "treated", "served", "operated", "redesigned", "rebuilt", "refactored", "cut",
        "doubled", "tripled", "halved", "recruited", "hired", "consolidated", "deployed",
        "programmed", "volunteered", "researched", "authored", "translated",
        "headed", "chaired", "restructured", "standardized", "standardised", "piloted",
        "bring", "specialize", "specialise", "specialized", "specialised", "written",
        "kept", "assisted", "rewrote", "lead", "manage", "run", "oversee", "supervise",
        "handle", "maintain", "own", "teach", "coordinate", "hold", "planned", "exceeded",
        "surpassed", "achieved", "executed", "facilitated", "guided", "championed",
        "transformed", "expanded", "revamped", "simplified", "accelerated", "boosted",
        "lowered", "eliminated", "pioneered", "initiated", "conducted", "performed",
        "engineered", "crafted", "instructed", "counseled", "counselled", "advised",
        "consulted", "represented", "repaired", "installed", "inspected", "diagnosed",
        "precepted", "tested", "validated", "evaluated", "assessed", "monitored",
        "forecasted", "budgeted", "reconciled", "processed", "scheduled", "dispatched",
        "drafted", "edited",
    }
)
#: Words allowed between the writer and an action verb: "I have also recently led".
SUBJECT_BRIDGE: frozenset[str] = frozenset(
    {
        "have", "also", "recently", "successfully", "personally", "previously", "already",
        "then", "directly", "both", "even", "just", "can", "could", "would", "will", "had",
        "largely", "mostly", "often", "regularly", "primarily", "once", "since", "first",
    }
)
#: Adjectives that are claims with the writer as subject ("I'm proficient in SQL").
SKILL_ADJECTIVES: tuple[str, ...] = (
    "skilled",
    "proficient",
    "certified",
    "fluent",
    "experienced",
    "qualified",
    "well versed",
    "licensed",
    "accredited",
    "adept",
)
#: Nouns that are claims when the nearest person before them is the writer ("my experience").
SKILL_NOUNS: tuple[str, ...] = (
    "experience",
    "background",
    "skills",
    "skill set",
    "skillset",
    "expertise",
    "track record",
    "years of",
    "degree",
    "certification",
    "certifications",
    "credentials",
    "qualifications",
    "my time at",
    "my current role",
    "my previous role",
    "my last role",
    "my current position",
    "my previous position",
    "my role at",
    "my role as",
    "my work at",
    "my work on",
    "my work with",
)
#: Verbs that turn a skill noun into a wish to learn ("to develop my skills").
LEARNING_VERBS: frozenset[str] = frozenset(
    {
        "develop", "improve", "grow", "learn", "build", "expand", "strengthen", "broaden",
        "gain", "deepen", "sharpen", "hone", "get", "acquire", "gaining", "developing",
        "building", "improving", "learning", "growing", "expanding",
    }
)

# --- call to action ----------------------------------------------------------------------

CTA_CUES: tuple[str, ...] = (
    "next steps",
    "next step",
    "next stage",
    "next round",
    "timeline",
    "time line",
    "timeframe",
    "time frame",
    "hear back",
    "hearing back",
    "hear from you",
    "hearing from you",
    "let me know",
    "feel free",
    "hesitate",
    "reach out",
    "happy to provide",
    "happy to share",
    "happy to send",
    "happy to answer",
    "happy to discuss",
    "happy to talk",
    "happy to chat",
    "happy to elaborate",
    "happy to follow up",
    "glad to provide",
    "glad to share",
    "glad to send",
    "glad to answer",
    "glad to discuss",
    "available to",
    "available for",
    "any questions",
    "any other questions",
    "any further questions",
    "any additional questions",
    "additional information",
    "more information",
    "further information",
    "other information",
    "additional details",
    "more details",
    "further details",
    "anything else",
    "references",
    "an update",
    "any update",
    "any updates",
    "update on",
    "hiring decision",
    "your decision",
    "final decision",
    "when you expect",
    "when you anticipate",
    "where things stand",
    "forward to speaking",
    "forward to talking",
    "forward to continuing",
    "forward to connecting",
    "forward to the next",
    "forward to hearing",
    "what comes next",
    "happy to jump",
    "happy to hop",
    "another call",
    "follow up call",
    "follow up conversation",
    "if you need",
    "should you need",
    "if there is anything",
    "if there's anything",
    "can provide",
    "could provide",
    "can send",
    "could send",
    "can share",
)
#: Verbs after "you" that report what the interviewer said rather than ask for anything.
REPORTING_VERBS: frozenset[str] = frozenset(
    {
        "mentioned", "said", "told", "explained", "noted", "described", "indicated",
        "shared", "outlined", "walked", "laid",
    }
)

# --- negation (NegEx-style) --------------------------------------------------------------

#: Words that negate a cue within NEGATION_WINDOW words after them. Any word ending in
#: "n't" negates as well.
NEGATION_CUES: frozenset[str] = frozenset(
    {
        "not", "no", "never", "without", "lack", "lacking", "lacks", "nor", "neither",
        "hardly", "barely", "unable", "cannot", "none", "nothing", "nobody", "nowhere",
        "little", "limited", "zero", "minimal",
    }
)
NEGATION_WINDOW = 5
#: Phrases that look like negation but are not ("I've never been more excited").
PSEUDO_NEGATIONS: tuple[str, ...] = (
    "not only",
    "not just",
    "no doubt",
    "without a doubt",
    "without doubt",
    "no matter",
    "not to mention",
    "never been more",
    "couldn't be more",
    "could not be more",
    "can't wait",
    "cannot wait",
    "can not wait",
    "don't hesitate",
    "do not hesitate",
    "not hesitate",
    "wouldn't hesitate",
    "would not hesitate",
    "no problem",
    "no less",
    "no later",
    "not least",
    "nothing but",
    "not a problem",
    "never stopped",
    "can't thank",
    "cannot thank",
    "can't say enough",
    "can't tell you",
)
#: Words that end a negation's scope ("I don't know Go, but I have built ...").
SCOPE_TERMINATORS: frozenset[str] = frozenset(
    {
        "but", "however", "although", "though", "yet", "except", "whereas", "while",
        "nevertheless", "nonetheless", "instead", "which", "that", "who",
    }
)
#: Characters between two words that end a negation's scope.
SCOPE_PUNCTUATION = ",;:()[]—–"

# --- people ------------------------------------------------------------------------------

FIRST_PERSON: frozenset[str] = frozenset(
    {"i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "mine", "im", "ive"}
)
OTHER_PERSON: frozenset[str] = frozenset(
    {
        "you", "you're", "you've", "you'd", "you'll", "your", "yours", "yourself",
        "yourselves", "youre", "he", "she", "they", "he's", "she's", "they're", "they've",
        "his", "her", "their", "someone", "somebody", "anyone", "anybody", "candidate",
        "candidates", "applicant", "applicants", "whoever",
    }
)
SECOND_PERSON: frozenset[str] = frozenset(
    {"you", "you're", "you've", "you'd", "you'll", "your", "yours", "youre"}
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
    "i expect a response",
    "i expect a reply",
    "i expect an answer",
    "i expect an offer",
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
#: Words that shout when written in capitals, even alone ("I REALLY want this").
SHOUTED_WORDS: frozenset[str] = frozenset(
    {
        "really", "very", "please", "must", "need", "urgent", "immediately", "now", "today",
        "extremely", "absolutely", "definitely", "love", "want", "huge", "highly", "super",
        "truly", "totally", "soon", "respond", "reply", "answer", "hire", "waiting",
        "thank", "thanks", "excited", "perfect", "best", "never", "always", "still",
    }
)

# --- placeholders ------------------------------------------------------------------------

#: Bracketed words that are not placeholders: ``[sic]``, editorial marks.
BRACKET_ALLOWED: frozenset[str] = frozenset(
    {"sic", "sic!", "emphasis added", "emphasis mine", "sic.", "...", "…", "redacted", "ibid"}
)
#: Title-case template phrases left in a draft ("Dear Hiring Manager Name,").
TEMPLATE_PHRASES: tuple[str, ...] = (
    "Hiring Manager Name",
    "Interviewer Name",
    "Interviewer's Name",
    "Recruiter Name",
    "Recruiter's Name",
    "Company Name",
    "Company name",
    "Name of Company",
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
    "Insert Name",
    "Insert Company",
    "Specific Topic",
    "Specific Project",
    "XYZ Company",
    "Company XYZ",
    "ABC Company",
    "Company ABC",
)
#: Lower-case tag names that are HTML, not placeholders, inside ``<...>``.
HTML_TAGS: frozenset[str] = frozenset(
    {
        "a", "b", "i", "u", "p", "br", "hr", "div", "span", "em", "strong", "ul", "ol", "li",
        "table", "tr", "td", "th", "img", "html", "body", "head", "title", "style",
        "script", "blockquote", "pre", "code", "h1", "h2", "h3", "h4", "h5", "h6", "font",
        "center", "small", "big", "sup", "sub", "tbody", "thead", "meta", "link",
    }
)

# --- sentences ---------------------------------------------------------------------------

#: Words followed by a period that does not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp",
        "vs", "approx", "dept", "vol", "fig", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "est", "cf", "al",
        "gov", "univ", "assn", "bros", "messrs", "mx", "rev", "hon", "gen", "col", "lt",
        "sgt", "capt", "cmdr", "ph", "ed",
    }
)
