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
    "lost interest",
    "lost my interest",
    "lost all interest",
    "losing interest",
    "pull out of",
    "pulling out of",
    "pull my application",
    "pull my candidacy",
    "pull my name",
    "pulling my application",
    "bow out",
    "bowing out",
)
#: Going on in the process: a withdrawal when the writer negates it ("I have decided not to
#: move forward", "I will not be pursuing the position"), unless something else is the
#: object ("I am not pursuing other roles").
WITHDRAWAL_NEGATED: tuple[str, ...] = (
    "pursue",
    "pursuing",
    "move forward",
    "moving forward",
    "proceed",
    "proceeding",
    "continue with",
    "continuing with",
    "continue in",
    "go forward with",
    "going forward with",
    "be considered",
    "remain in",
    "remain a candidate",
)
#: Turning the process down: a withdrawal when the writer does it, not negated ("I must
#: respectfully decline the offer to continue").
WITHDRAWAL_ACTS: tuple[str, ...] = ("decline", "declining", "turn down", "turning down")
#: Words after a withdrawal verb that make its object something else ("not pursuing other
#: roles", "decline another offer").
WITHDRAWAL_ELSEWHERE: frozenset[str] = frozenset(
    {"other", "another", "else", "elsewhere", "alternative", "alternatives", "others"}
)
#: Words after a negated way of going on that make it wait for something, not stop ("I
#: don't want to move forward without thanking you").
WITHDRAWAL_UNTIL: frozenset[str] = frozenset({"without", "until", "before", "unless", "till"})
#: Words before a cue that make the sentence a condition, not a statement ("If I accepted
#: another offer").
CONDITIONALS: frozenset[str] = frozenset({"if", "unless", "whether", "lest"})

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
#: Counterfactual wishes: what follows is not a claim ("I wish I had more experience").
#: "wish to" is a formal "want to" and does not count.
IRREALIS: tuple[str, ...] = ("wish", "wished", "wishing", "if only")
#: Units of time that make "six years in sales" or "my four years building dashboards" a
#: claim, after a number.
DURATION_UNITS: frozenset[str] = frozenset({"years", "yrs", "months", "decades"})
NUMBER_WORDS: frozenset[str] = frozenset(
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "thirty", "forty", "several", "many", "multiple", "few",
    }
)
#: Words before the number that make a duration something else: "in five years", "for many
#: years to come".
DURATION_NOT_CLAIM_BEFORE: frozenset[str] = frozenset(
    {"in", "within", "next", "coming", "another", "for", "than", "after", "those", "these"}
)
#: Words after a duration that tie it to work ("six years in sales", "years building").
#: Any word ending in "-ing" does as well.
DURATION_LINKS: frozenset[str] = frozenset(
    {"of", "in", "at", "as", "with", "on", "across", "inside", "within", "leading", "doing"}
)
#: Verbs of the reader's attitude to the writer: "you are interested in my background" is
#: about the reader, not a claim.
READER_ATTITUDES: frozenset[str] = frozenset(
    {
        "interested", "impressed", "liked", "loved", "curious", "asked", "wondered",
        "enjoyed", "reviewed", "read", "noticed", "saw", "valued", "praised", "highlighted",
        "appreciated", "pointed", "interest",
    }
)
#: Words allowed between "you" and a reporting verb: "you also mentioned", "you were
#: interested".
READER_BRIDGE: frozenset[str] = frozenset(
    {"are", "were", "seemed", "also", "had", "have", "both", "particularly", "especially",
     "really", "be", "was", "is", "seem", "'re", "all"}
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
        "shared", "outlined", "walked", "laid", "asked", "wondered",
    }
)
#: A question is a call to action when it asks the reader for something or offers
#: something ("Could you share ...?", "Should I send ...?", "Is there ...?") ...
CTA_QUESTION_OPENERS: frozenset[tuple[str, str]] = frozenset(
    {
        ("could", "you"), ("would", "you"), ("can", "you"), ("will", "you"),
        ("might", "you"), ("would", "it"), ("could", "i"), ("can", "i"), ("should", "i"),
        ("shall", "i"), ("may", "i"), ("is", "there"), ("are", "there"), ("do", "you"),
    }
)
#: ... when it asks about the process ("Is the position still open?") ...
CTA_QUESTION_WORDS: frozenset[str] = frozenset(
    {
        "decide", "decided", "deciding", "decision", "decisions", "timeline", "timing",
        "status", "update", "updates", "open", "filled", "available", "hiring", "process",
        "progress", "hear", "schedule", "next", "expect", "anticipate", "stage", "round",
    }
)
#: ... unless "do you" asks about what the reader likes or thinks, which is small talk.
CTA_QUESTION_SMALL_TALK: frozenset[str] = frozenset(
    {"enjoy", "like", "love", "think", "remember", "miss", "prefer", "play", "watch"}
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
#: A negation followed by a comparative is praise, not negation: "I was never more
#: interested", "I couldn't be happier". Up to two of these words may come between.
COMPARATIVE_BRIDGE: frozenset[str] = frozenset(
    {"be", "been", "have", "felt", "feel", "was", "were", "am", "is", "are", "ever"}
)
COMPARATIVE_NEGATIONS: frozenset[str] = frozenset(
    {"never", "couldn't", "can't", "cannot", "not", "couldnt", "cant"}
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
        "decision", "response", "reply", "answer", "update", "offer", "callback", "feedback",
        "hear", "verdict", "outcome", "confirmation",
    }
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
