"""English word lists for the extraction rules (data only, no logic)."""


def _w(words: str) -> frozenset[str]:
    """A word list written as whitespace-separated text."""
    return frozenset(words.split())


SPEECH_VERBS = _w("""
    say says said saying tell tells told telling add adds added state states stated claim claims
    claimed argue argues argued note notes noted warn warns warned insist insists insisted deny
    denies denied admit admits admitted announce announces announced write writes wrote written
    stress stresses stressed explain explains explained confirm confirms confirmed acknowledge
    acknowledges acknowledged promise promises promised predict predicts predicted assert asserts
    asserted maintain maintains maintained concede concedes conceded reply replies replied
    declare declares declared emphasise emphasised emphasize emphasized report reports reported
    suggest suggests suggested estimate estimates estimated
    insisting adding arguing warning noting claiming stating explaining stressing
    tweet tweets tweeted posted recalled reiterated reiterates revealed reveals disclosed
    forecast forecasts forecasted projected contend contends contended testified testify
    vow vows vowed pledge pledges pledged recall recalls recounted recounts reiterate
    retort retorts retorted complain complains complained assure assures assured remind reminds
    reminded allege alleges alleged remark remarks remarked boast boasts boasted lament laments
    lamented concluded conclude concludes observed observes cautioned cautions counter countered
    counters agreed agrees indicated indicates signaled signalled signals acknowledging
    believe believes believed think thinks thought expect expects expected fear fears feared
    hope hopes hoped worry worries worried predicting emailed texted posted writing
    testifies conceding admitting denying announcing confirming revealing declaring
    comment comments commented commenting respond responds responded responding quipped joked
    explained warned acknowledged insisted summarised summarized outlined showed shows
    testified concluded conclude feel feels felt submit submits submitted
    alleging suggesting pledging vowing asserting contending maintaining hinted hints
    confessed reaffirmed reaffirms reiterating cautioning observing answered
    opined exclaimed clarified reflected mused informs
    """)
# Participles after a comma: the subject is the main clause's ("X voted against, saying …").
PARTICIPLE_CUES = _w("""
    saying adding arguing warning noting claiming insisting stating explaining stressing
    acknowledging conceding admitting denying announcing confirming revealing declaring writing
    alleging suggesting pledging vowing asserting contending maintaining predicting reiterating
    cautioning observing calling
    """)
EVIDENCE_VERBS = _w("is was comes came")
EVIDENCE_PREPS = _w("from")
# Descriptions that stand for the business just named even when it was not known as one ("Holten
# Meat workers pack patties. The company said …"); not institutions ("the council"), which are what they say.
BUSINESS_WORDS = _w("""
    company firm group business organisation organization charity operator retailer chain store maker
    manufacturer carrier airline giant
    """)
ANAPHORIC_ORGS = frozenset(
    {"company", "firm", "group", "organisation", "organization", "carrier", "airline", "carmaker"}
    | {"automaker", "retailer", "insurer", "lender", "bank", "union", "manufacturer", "operator"}
    | {"club", "team", "school", "university", "hospital", "party", "agency", "department", "ministry"}
    | {"council", "board", "court", "government", "campaign", "committee", "network", "maker", "chain"}
    | {"regulator", "watchdog", "authority", "inspectorate", "association", "broadcaster", "charity"}
    | {"trust", "foundation", "institute", "college", "giant", "firm", "business", "store"}
    | {"city", "county", "province", "municipality", "township", "society"}
    | {"developer", "housebuilder", "supermarket", "utility", "conglomerate", "supplier", "exporter"}
    | {"brigade", "force"}
)
# A description of an organisation and the words in the name of one of that kind: "the union"
# after "the Rail, Maritime and Transport union (RMT)", "the hospital" after "Caritas Medical Centre".
_UNIONS = ("union", "unite", "federation", "association", "brotherhood", "teamsters", "guild")
_HOSPITALS = ("hospital", "trust", "infirmary", "clinic", "medical", "health")
ORG_KINDS = {
    "union": _UNIONS,
    "hospital": _HOSPITALS,
    "trust": ("trust",),
    "school": ("school", "college", "academy", "institute"),
    "university": ("university", "college"),
    "college": ("college",),
    "court": ("court",),
    "club": ("fc", "club", "city", "united", "town", "rovers", "athletic", "county"),
}
NAMING_VERBS = _w("""
    call calls called describe describes described slammed slams branded brands labelled labeled
    accused accuses dubbed calling
    """)
# Verbs whose first object is the listener ("told reporters that ...").
TELL_VERBS = _w("tell tells told telling")
# Verbs that report with a particle: "pointed out that …".
SEPARABLE: dict[str, str] = {f: "out" for f in _w("point points pointed pointing")}
ACCORDING_TO = (("according", "to"), ("per",))
ALDUS: frozenset[str] = frozenset()
# A source wrapped in a phrase, by its opening words and its closing word: "in his view", "in the
# view of the minister" is ACCORDING_TO's.
WRAPPED_SOURCES = ((("in",), "view"), (("in",), "opinion"))
COMPLEMENTIZERS = frozenset({"that"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
MALE_PRONOUNS = frozenset({"he", "him"})
FEMALE_PRONOUNS = frozenset({"she", "her"})
POSSESSIVES = frozenset({"his", "her", "its", "their", "our"})
TITLES = _w("mr mrs ms miss dr prof sir dame lord lady") | _w(
    "sen rep gov gen lt col sgt rev cllr cr supt insp capt cmdr adm maj coun det cpl const cst ald hon"
)
FEMALE_WORDS = _w("""
    mrs ms miss dame spokeswoman chairwoman congresswoman businesswoman queen princess duchess
    wife mother daughter sister grandmother girlfriend widow
    """)
MALE_WORDS = _w("""
    mr sir spokesman chairman congressman businessman king prince duke
    husband father son brother grandfather boyfriend widower
    """)
DETERMINERS = frozenset({"the", "a", "an", "another"})
AUXILIARIES = _w("has have had is was were will would did does do")
# Irregular past tenses the word-class table does not tag as verbs.
PAST_FORMS = _w("""
    fell rose grew lost bought began became held brought led built stood caught chose threw drew
    struck sank stole died fled sold sent spent left met paid won kept shot hit cut quit fought
    sought taught froze swore broke spoke wrote drove rode ran came went took gave made found
    """)
# Prepositions the word-class table misses ("Despite his frustration, Guardiola …"): never a name.
PREPOSITIONS = _w("about amid amidst amongst beside beyond despite except towards unlike without")
ADVERBS = _w("""
    also later earlier previously again further however then repeatedly today yesterday now
    initially originally subsequently
    separately publicly privately recently still already on monday tuesday wednesday thursday
    friday saturday sunday
    """)
BACKWARD_OPENERS = frozenset({"that", "this", "so"})
QUESTION_OPENERS = frozenset({"who", "what", "where", "why", "when", "how", "which"})
FUNCTION_WORDS = _w("""
    the a an that this these those there on in at by with for of from to into over under after before
    according but and or so also then when while whilst although because since if as it its he she they we i
    you his her their our what who how why where which however meanwhile still yet later earlier
    today yesterday monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december mr mrs ms dr
    during despite amid amidst throughout
    """)
ROLES = _w("""
    president minister secretary spokesperson spokesman spokeswoman chief executive ceo cfo cto
    director chairman chairwoman chair leader governor senator mayor professor analyst economist
    official officer commissioner ambassador general coach manager founder lawyer attorney judge
    representative congressman congresswoman king queen pope chancellor head researcher scientist
    doctor author correspondent editor boss captain premier prosecutor inspector superintendent
    councillor councilor lawmaker mp deputy expert adviser advisor trustee negotiator
    officials analysts economists experts scientists researchers sources spokespeople executives
    figures data report study survey research estimates calculations estimate analysis poll forecast
    projections
        skater cyclist athlete swimmer player striker midfielder defender goalkeeper skipper
    barrister solicitor magistrate detective sergeant constable legislator strategist surgeon
    nurse teacher headteacher student farmer owner resident neighbour neighbor witness victim
    survivor activist campaigner protester treasurer taoiseach diplomat bishop pastor priest
    landlord tenant homeowner shopkeeper pilot soldier firefighter paramedic bystander onlooker
    eyewitness insider critic tánaiste tanaiste
    colleague teammate friend wife husband son daughter brother sister
    journalist reporter photographer columnist presenter historian psychologist psychiatrist
    headmaster headmistress principal dean organiser organizer volunteer driver passenger
    actor actress singer musician artist director-general coroner
    sheriff undersheriff trooper marshal warden ranger imam rabbi archbishop referee auditor
    ombudsman broker trader engineer architect planner envoy consul alderman alderwoman
    councilman councilwoman selectman assemblyman assemblywoman
    curator archaeologist astronaut meteorologist grower veterinarian notary lecturer
    entrepreneur baker butcher chef specialist writer carer midwife pharmacist dentist ecologist
    biologist physicist astronomer geologist sociologist technician designer cofounder co-founder
    umpire winger partner
    """)
ANONYMOUS_ROLES = _w("""
    spokesperson spokesman spokeswoman officials analysts economists experts scientists researchers
    source sources spokespeople executives figures data report study survey research estimates calculations
    estimate analysis poll
    """)
EVENT_VERBS = _w("""
    closed opened signed voted won lost died killed arrested declined refused bought sold fired
    resigned appointed decided launched started stopped left arrived fell rose received paid raised
    cut fined sued banned approved rejected passed struck hit collapsed
    """)
REACTION_WORDS = _w("""
    welcomed welcomes welcome criticised criticized reacted responded pleased disappointed angry
    relieved furious happy unhappy
    """)
NUMBER_WORDS = _w("""
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
    hundreds thousand thousands million billion dozen dozens half third quarter double doubled
    tripled percent
    """)
ROLE_SUFFIXES = ("minister", "secretary")
SPOKESPERSON_ROLES = frozenset({"spokesperson", "spokesman", "spokeswoman"})
ORG_HEADS = _w("""
    ministry government department police company firm agency council office army military court
    fund bureau society
    union party university hospital bank commission committee organisation organization group club
    team board authority association federation administration newspaper embassy regulator cabinet
    corp inc ltd co plc carrier airline carmaker automaker retailer insurer lender manufacturer
    maker chain operator exchange regulator watchdog inspectorate broadcaster network charity
    trust foundation institute school college council media
    """)
# After these, capitalised words are an organisation, never a place before a name.
AFFILIATION_LINKS = frozenset({"at", "from"})
# Compounds ending in these are organisation words too ("energiebedrijf", "chipmaker").
ORG_SUFFIXES = ("company", "maker", "firm", "carrier", "retailer", "airline", "insurer", "bank")
ORG_COMPOUND_SUFFIXES: tuple[str, ...] = ()
# participles that qualify a role: "Acting chairman Murray Lawrence"
ROLE_PARTICIPLES = _w("acting outgoing departing retiring incoming serving presiding founding")
# the word that links a role to whose it is: "of"
OF_WORD = "of"
ROLE_LINKS = frozenset({"of", "for", "at", "from"})
# Lower-case words inside the name of an organisation ("Union of Republican Forces").
NAME_LINKS = frozenset({"of", "for", "on", "and", "&"})
PORTFOLIOS = _w("""
    state foreign affairs defense defence treasury health home office justice interior finance
    education commerce energy labor labour agriculture transportation transport homeland security
    environment trade culture housing exchequer and
    """)
NAME_PARTICLES = _w("van de der den ten ter von da du di del dos la le bin al el ibn")
STOPWORDS = _w(
    "the of and to in is that for it was on with as he she they at by be this have from or had not but "
    "are were his her said will would an which"
)
OPINION_WORDS = _w(
    "think thinks thought believe believes hope hopes feel feels great terrible good bad wonderful "
    "unfortunately maybe perhaps probably"
)
FUTURE_WORDS = _w("will shall going promise promises promised want wants")
COMPARATIVE_WORDS = _w(
    "more less than higher lower largest smallest highest lowest record doubled rose fell increase "
    "decrease percent million billion"
)
# with the abbreviations written before a day ("on Nov. 25"); "Jan" is left out: a first name too
MONTHS = _w(
    "january february march april may june july august september october november december "
    "feb apr jun jul aug sep sept oct nov dec"
)
DAYS = _w("monday tuesday wednesday thursday friday saturday sunday yesterday today")
CLAUSE_TAILS = (("without",),)
# Speech verbs that are also nouns ("the states", "het bericht"): cues only where used as verbs.
AMBIGUOUS_CUES = _w("""
    states reports remarks estimates notes claims forecasts counters signals figures projects posts
    tweets answers charges calls promise remark report comment claim estimate forecast warning
    pledge vow fear hope call note signal state
    """)
# Verbs whose reported content may be an infinitive ("vowed to repeal …").
PROMISE_VERBS = _w(
    "vow vows vowed pledge pledges pledged promise promises promised threaten threatens threatened"
)
# A cue verb followed by one of these words is no cue: "thought about", "expected to".
NOT_CUE_BEFORE = {
    **{f: frozenset({"about", "of"}) for f in _w("think thinks thought worry worries worried")},
    # "accused of sex offences" (a charge), "called on the government to" (a demand), "agreed to",
    # "alleged to have taken place": no reported claim
    **{f: frozenset({"of"}) for f in _w("accused accuses accuse")},
    **{f: frozenset({"on", "for", "off", "in"}) for f in _w("call calls called calling")},
    **{f: frozenset({"to", "on", "with"}) for f in _w("agreed agrees agree")},
    **{f: frozenset({"to"}) for f in _w("alleged")},
    # "State officials said", "state media reported": the adjective, not the verb
    "state": _w("""
        officials official police media lawmakers authorities regulators prosecutors legislators
        department troopers health senator representative attorney government governments agency
        agencies leaders workers employees data figures records television tv news broadcaster
        radio budget law laws lottery election elections school schools university auditor
        """),
}
# "It was a long evening": an expletive and a copula open a sentence that only sets a scene.
EXPLETIVES = _w("it there this that")
COPULAS = _w("is was were are has had")
# After a comma, these start the author's comment on a reported clause, not more of it.
TAIL_WORDS = _w("describing referring citing calling blaming pointing")
# "the statement said": a document that speaks for whoever is in focus.
ARTIFACTS = _w("statement release letter memo email filing tweet post report ruling judgment judgement study")
# Documents an organisation publishes rather than a person: "the report" is the institute's.
REPORTS = _w("report study")
# Verbs that report a claim only with a clause after them: "Hij wil dat Nederland …".
CLAUSE_CUES = _w(
    "fears feared hopes hoped threatens threatened realises realised realizes realized"
    # a state of mind with a clause: "is confident that …", "was worried that …"
    " confident convinced worried concerned optimistic hopeful afraid"
    # "expressed concern that …", "voiced fears that …": a state of mind named, with its clause
    " concern concerns confidence"
    # a finding or a ruling with its clause: "The survey found that …", "the court ruled that …"
    " found ruled highlighted highlights recognised recognized recognising recognizing"
    # "expressed disappointment that …": a feeling named, with its clause
    " disappointment frustration anger shock surprise regret"
    # mined from the gold's missed cues, each kept only with its clause: "calculated that …"
    " determined calculated indicated indicates decided identified understands accepted reassured"
    " advised informed"
)
# Verbs that only carry a state-of-mind noun ("voiced fears that …"): the subject is before them.
LIGHT_VERBS = _w("expressed expresses voiced voices raised raises")
# "It said on Monday that …": the organisation in focus.
NEUTER_PRONOUNS = _w("it")
# A party's member as a description of a person: "The Conservative said …" after "Keith Aspden …".
PARTY_MEMBERS = _w("conservative tory republican democrat labourite nationalist unionist socialist")
# Nationalities used as a description of a person: "the Portuguese said", "the Spaniard".
DEMONYMS = PARTY_MEMBERS | _w("""
    american british english irish scottish welsh scot scotsman englishman irishman welshman brit
    australian canadian portuguese spanish spaniard french frenchman frenchwoman german dutch
    dutchman belgian italian swiss austrian swedish swede norwegian danish dane finnish finn
    greek turkish russian ukrainian polish pole czech slovak hungarian romanian bulgarian serbian
    croatian slovenian bosnian albanian israeli iranian iraqi egyptian moroccan algerian tunisian
    nigerian ghanaian kenyan ethiopian cameroonian senegalese ivorian chinese japanese korean
    indian pakistani bangladeshi afghan indonesian filipino thai vietnamese malaysian brazilian
    argentine argentinian mexican colombian chilean uruguayan peruvian venezuelan ecuadorian cuban
    jamaican kiwi zealander
    """)
# Countries: a state that speaks is an organisation ("Russia said …"), never "he" or "she".
# states whose name is two or more words: "North Korea said …" is a state, never "he"
COUNTRIES = _w("""
    afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh
    belarus belgium bolivia bosnia brazil bulgaria cambodia cameroon canada chile china colombia
    croatia cuba cyprus czechia denmark ecuador egypt england eritrea estonia ethiopia finland
    france georgia germany ghana greece hungary iceland india indonesia iran iraq ireland israel
    italy jamaica japan jordan kazakhstan kenya kosovo kuwait latvia lebanon libya lithuania
    luxembourg malaysia mali malta mexico moldova mongolia montenegro morocco myanmar nepal
    netherlands nigeria norway oman pakistan palestine panama peru philippines poland portugal
    qatar romania russia rwanda scotland senegal serbia singapore slovakia slovenia somalia spain
    sudan sweden switzerland syria taiwan tanzania thailand tunisia turkey uganda ukraine
    uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe uk britain korea
    """) | frozenset(
    [
        "north korea",
        "south korea",
        "saudi arabia",
        "south africa",
        "new zealand",
        "united states",
        "united kingdom",
        "united arab emirates",
        "sri lanka",
        "south sudan",
        "costa rica",
        "ivory coast",
    ]
)
# Role words that name the same role: "his attorney" is "the lawyer" named before.
# Roles a person has for another person: "the lawyer for John Peters" is nobody else.
PERSONAL_ROLES = _w("""
    lawyer attorney solicitor barrister counsel father mother son daughter brother sister wife
    husband partner friend widow widower
    """)
ROLE_SYNONYMS = {
    "attorney": "lawyer",
    "counsel": "lawyer",
    "barrister": "lawyer",
    "solicitor": "lawyer",
    "boss": "manager",
    "coach": "manager",
    "skipper": "captain",
    "chairwoman": "chairman",
    "chair": "chairman",
    "ceo": "chief",
}
# Demonstratives standing for a person as the subject of a cue ("Die benadrukt dat …", "…, reageert die.").
DEMONSTRATIVES = frozenset()
# Roles of institutions: "de rechter" with nobody introduced as such is a speaker of its own,
# where "de topvrouw" or "the coach" is the person the article is about.
INSTITUTIONAL_ROLES = _w(
    "judge judges prosecutor prosecutors police court officials official jury coroner sheriff"
)
# "naar eigen zeggen": the sentence is its subject's own account.
OWN_ACCOUNT = ("by", "his", "own", "account")
NOT_CUE_AFTER: dict[str, frozenset[str]] = {}
# Verbs that name something only with "as" after their object: "condemned the move as reckless".
NAMING_AS = _w("""
    condemned condemns hailed hails praised praises dismissed dismisses denounced denounces regards
    regarded characterised characterized characterises characterizes portrayed portrays
    """)
# what finds a clause: "The survey found …", "researchers find …" ("figures show …" is as often the
# author's own fact in the gold as a claim of the figures')
_FINDERS = _w("""
    survey surveys study studies report reports review research data investigation inquiry analysis
    ombudsman poll polls audit researchers scientists figures statistics numbers results
    """)
# Verbs that report only after one of these words: "the court heard that …", "…, the inquest heard."
CUE_ONLY_AFTER: dict[str, frozenset[str]] = {
    "heard": _w("court jury inquest tribunal hearing trial magistrates committee inquiry panel"),
    # "The Police Ombudsman found …", "Data from CoreLogic found …": a finding, not a thing found
    "found": _FINDERS,
    "finds": _FINDERS,
    "find": _FINDERS,
}
# "zijn advocaat" / "her lawyer" named after the person it belongs to.
ROLE_OF = "{owner}'s {role}"
# A reportative verb carries reported speech on into the next sentence ("… zou in het gedrang komen").
REPORTATIVE = _w("")
# Descriptions that stand for one institution, under its full name.
INSTITUTIONS: dict[str, str] = {}
# Newspapers that speak ("the Guardian reported") and that "the newspaper" points back at.
MEDIA = {
    "the guardian": "The Guardian",
    "the times": "The Times",
    "the new york times": "The New York Times",
    "the washington post": "The Washington Post",
    "the wall street journal": "The Wall Street Journal",
    "the financial times": "Financial Times",
    "the independent": "The Independent",
    "the telegraph": "The Telegraph",
    "the irish times": "The Irish Times",
    "the los angeles times": "Los Angeles Times",
    # broadcasters and agencies: "told the BBC" is the broadcaster listening
    "the bbc": "BBC",
    "bbc": "BBC",
    "bbc news": "BBC News",
    "cnn": "CNN",
    "fox news": "Fox News",
    "nbc news": "NBC News",
    "abc news": "ABC News",
    "cbs news": "CBS News",
    "npr": "NPR",
    "sky news": "Sky News",
    "itv news": "ITV News",
    "cbc news": "CBC News",
    "ctv news": "CTV News",
    "rnz": "RNZ",
    "rté": "RTÉ",
    "rte": "RTÉ",
    "the associated press": "The Associated Press",
    "the boston globe": "The Boston Globe",
    "usa today": "USA Today",
    "the sydney morning herald": "The Sydney Morning Herald",
    "the irish independent": "Irish Independent",
}
MEDIA_WORDS = ("newspaper", "paper", "daily")
# "according to plan", "according to the rules": in keeping with, not a source.
NOT_SOURCES = _w("plan plans schedule rules law laws tradition guidelines script expectations timetable")
