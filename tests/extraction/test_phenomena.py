"""Golden table for the phenomena real news showed the engine missing (issue 12): quote marks of
real papers, subjects behind titles, asides and relative clauses, descriptions and pronouns that
stand for someone named before, several reported clauses in one sentence. Each row is one
phenomenon: (language, passage, claim fragment, speaker, kind, cue, rule)."""

import pytest

from claims.extraction import extract, extract_article

from .golden import check_case

CASES = [
    # quote marks of real papers: ,,…'' (ANP) and ''…'' (NYT archive)
    (
        "nl",
        "BRUSSEL (ANP) - ,,Vandaag denk ik niet dat er uitkomsten zijn'', zei premier Mark Rutte "
        "bij aankomst.",
        "Vandaag denk ik niet dat er uitkomsten zijn",
        "Mark Rutte",
        "direct",
        "zei",
        "quote.cue_after",
    ),
    (
        "en",
        "''In a lot of senses we overestimated it,'' said Ben Domenech, publisher of The Federalist.",
        "In a lot of senses we overestimated it",
        "Ben Domenech",
        "direct",
        "said",
        "quote.cue_after",
    ),
    # a subject with an unknown role word before the name, a party tag, an apposition
    (
        "nl",
        "De Duitse bondskanselier Angela Merkel, die op het overleg had aangedrongen, zei dat er nog geen "
        "oplossing ligt.",
        "er nog geen oplossing ligt",
        "Angela Merkel",
        "indirect",
        "zei",
        "reported.dat",
    ),
    (
        "en",
        "Clinton communication director Jennifer Palmieri said the campaign would appeal.",
        "the campaign would appeal",
        "Jennifer Palmieri",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "Rep. Trey Gowdy (R-S.C.) said the committee had finished its work.",
        "the committee had finished its work",
        "Trey Gowdy",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "One analyst, Peter Misek of Jefferies, said the cuts were deeper than expected.",
        "the cuts were deeper than expected",
        "Peter Misek",
        "indirect",
        "said",
        "reported.said",
    ),
    # a cue inside a relative clause belongs to the antecedent
    (
        "nl",
        "Ook de Franse president Emmanuel Macron, die zei dat in de EU een migratiecrisis dreigt, zit op die "
        "lijn.",
        "in de EU een migratiecrisis dreigt",
        "Emmanuel Macron",
        "indirect",
        "zei",
        "reported.dat",
    ),
    # a separable cue with a parenthetical between verb and particle is no pointer back
    (
        "nl",
        "Zo liet Frans Timmermans (GroenLinks-PvdA) weten dat zijn steun afhangt van het buitenlandbeleid.",
        "zijn steun afhangt van het buitenlandbeleid",
        "Frans Timmermans",
        "indirect",
        "liet weten",
        "reported.dat",
    ),
    # the listener of "told" is never the speaker
    (
        "en",
        "Sydia Toure of the Union of Republican Forces told VOA Sunday that the ballots were fraudulent.",
        "the ballots were fraudulent",
        "Sydia Toure",
        "indirect",
        "told",
        "reported.that",
    ),
    # a denial with a noun object is an event; the participle after it reports
    (
        "en",
        "President Donald Trump denied reports Sunday of tension among leaders, insisting that he was having "
        "good meetings.",
        "he was having good meetings",
        "Donald Trump",
        "indirect",
        "insisting",
        "reported.that",
    ),
    # a spokesperson speaks for the organisation named with them
    (
        "nl",
        "Een woordvoerder van de veiligheidsregio zegt dat de brand uit is.",
        "de brand uit is",
        "veiligheidsregio",
        "indirect",
        "zegt",
        "reported.dat",
    ),
    (
        "nl",
        "Volgens justitie zijn de twee verschillende keren te zien op camerabeelden.",
        "zijn de twee verschillende keren te zien op camerabeelden",
        "Openbaar Ministerie",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    (
        "en",
        "The two sides agreed on a mediator, according to a court filing.",
        "The two sides agreed on a mediator",
        "court filing",
        "indirect",
        "according to",
        "reported.according",
    ),
    # organisation names with lower-case links inside them
    (
        "nl",
        "Het Staatstoezicht op de Mijnen zegt dat de winning verder omlaag moet.",
        "de winning verder omlaag moet",
        "Staatstoezicht op de Mijnen",
        "indirect",
        "zegt",
        "reported.dat",
    ),
    (
        "en",
        "The Federation of Bakers and Confectioners said the price of flour would rise again.",
        "the price of flour would rise again",
        "Federation of Bakers and Confectioners",
        "indirect",
        "said",
        "reported.said",
    ),
    # a description the lexicon does not know, in the subject slot of a closing cue
    (
        "nl",
        "De sluiting komt veel te vroeg, zegt de oppositie.",
        "De sluiting komt veel te vroeg",
        "oppositie",
        "indirect",
        "zegt",
        "reported.cue_after",
    ),
    (
        "nl",
        "Het station was te vol. “We stonden als haringen in een ton”, zegt een pendelaar die elke "
        "dag reist.",
        "We stonden als haringen in een ton",
        "pendelaar",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # a participle cue after the main clause: the main clause's subject, past an opening phrase
    (
        "en",
        "On Tuesday, council leader Ann Hughes rejected the plan, saying it would cost too much.",
        "it would cost too much",
        "Ann Hughes",
        "indirect",
        "saying",
        "reported.said",
    ),
    (
        "en",
        "Mayor Tom Reed defended the budget while insisting taxes would not go up.",
        "taxes would not go up",
        "Tom Reed",
        "indirect",
        "insisting",
        "reported.said",
    ),
    # "volgens X" inside the clause: the short phrase is the source, the sentence the claim
    (
        "nl",
        "De nieuwe regel kost volgens de bakkers elk jaar duizenden euro's.",
        "De nieuwe regel kost volgens de bakkers elk jaar duizenden euro's.",
        "bakkers",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    (
        "nl",
        "De lonen zouden volgens CNV dit jaar te weinig stijgen, maar volgend jaar meer.",
        "De lonen zouden volgens CNV dit jaar te weinig stijgen",
        "CNV",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    (
        "nl",
        "Er rijden minder bussen op zondag, volgens de Regionale Vervoersmaatschappij (RVM).",
        "Er rijden minder bussen op zondag",
        "Regionale Vervoersmaatschappij",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a fronted time phrase is not the subject: the subject follows the verb
    (
        "nl",
        "Twee weken later oordeelde het kantongerecht dat de huurder mocht blijven wonen.",
        "de huurder mocht blijven wonen",
        "kantongerecht",
        "indirect",
        "oordeelde",
        "reported.dat",
    ),
    (
        "nl",
        "Eind mei maakte directeur Sanne Bos van Vitens bekend de tarieven te willen verlagen.",
        "de tarieven te willen verlagen",
        "Sanne Bos",
        "indirect",
        "maakte bekend",
        "reported.infinitive",
    ),
    # a cue inserted between commas: after an adverb the claim is what follows, after a subject
    # the whole sentence
    (
        "nl",
        "Bovendien, benadrukt de bond, betalen de huurders nu al te veel servicekosten.",
        "betalen de huurders nu al te veel servicekosten",
        "bond",
        "indirect",
        "benadrukt",
        "reported.inserted",
    ),
    (
        "nl",
        "De huren, zegt de Woonbond, stijgen volgend jaar harder dan de lonen.",
        "De huren, zegt de Woonbond, stijgen volgend jaar harder dan de lonen.",
        "Woonbond",
        "indirect",
        "zegt",
        "reported.inserted",
    ),
    # an aside between commas inside a clause without "that"
    (
        "en",
        "The coach says the striker, now fully fit, will start on Saturday.",
        "the striker, now fully fit, will start on Saturday",
        "coach",
        "indirect",
        "says",
        "reported.said",
    ),
    # a demonstrative as the subject of a cue
    (
        "nl",
        "Tata Steel praat met de bonden, zegt een woordvoerder. Die benadrukt dat de fabriek open blijft.",
        "de fabriek open blijft",
        "Tata Steel",
        "indirect",
        "benadrukt",
        "reported.dat",
    ),
    # a description as the main clause's subject before a participle cue
    (
        "en",
        "The unions have warned the minister against a briefing, saying the dates are premature.",
        "the dates are premature",
        "unions",
        "indirect",
        "saying",
        "reported.said",
    ),
    # a participle after a comma inside quote marks; an adverb between commas after the cue
    (
        "en",
        'Analyst Jane Roe last week moved the shares to "buy" from "hold," saying that sales were strong.',
        "sales were strong",
        "Jane Roe",
        "indirect",
        "saying",
        "reported.that",
    ),
    (
        "en",
        "Mr Grant submits, however, he was never told of the hearing date.",
        "he was never told of the hearing date",
        "Grant",
        "indirect",
        "submits",
        "reported.said",
    ),
    (
        "nl",
        "Volgens de vakbonden bestaat er geen twijfel over de noodzaak van de reorganisatie.",
        "bestaat er geen twijfel over de noodzaak van de reorganisatie",
        "vakbonden",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # "volgens" opening after a coordinator and past an apposition; closing without a comma
    (
        "nl",
        "Maar volgens Erik de Wit, directeur van het museum, is er dit jaar geen geld over.",
        "is er dit jaar geen geld over",
        "Erik de Wit",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    (
        "nl",
        "De verdachte zou alleen op de uitkijk hebben gestaan volgens advocaat Jan Bos.",
        "De verdachte zou alleen op de uitkijk hebben gestaan",
        "Jan Bos",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # ", zei hij verder.": the subject after the cue, not a name in the clause before it
    (
        "nl",
        "Hij treedt niet toe tot een kabinet van PVV, VVD en BBB, zei hij verder.",
        "Hij treedt niet toe tot een kabinet van PVV, VVD en BBB",
        None,
        "indirect",
        "zei",
        "reported.cue_after",
    ),
    # a short capitalised title in an apposition is not a second name
    (
        "en",
        "Mary-Anne Walsh, SC for the council, said the permit had been lawfully granted.",
        "the permit had been lawfully granted",
        "Mary-Anne Walsh",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "The county engineer said only a full survey would show the damage to the bridge.",
        "only a full survey would show the damage to the bridge",
        "county engineer",
        "indirect",
        "said",
        "reported.said",
    ),
    # separable cues with their particle after the subject
    (
        "nl",
        "De premies stijgen weer. „Het kan veel goedkoper”, werpt de Consumentenbond tegen.",
        "Het kan veel goedkoper",
        "Consumentenbond",
        "direct",
        "werpt tegen",
        "quote.cue_after",
    ),
    (
        "nl",
        "De bonden zijn boos. „Dit kan zo niet langer”, laten de organisaties weten.",
        "Dit kan zo niet langer",
        "organisaties",
        "direct",
        "laten weten",
        "quote.cue_after",
    ),
    # a long apposition between the quote and its cue
    (
        "en",
        'Critics agree. "The grants will be cut," Mr John Carter, former head of the National Portrait '
        "Gallery, will tell the society.",
        "The grants will be cut",
        "John Carter",
        "direct",
        "tell",
        "quote.cue_after",
    ),
    # a name in apposition after the description in a cue's subject slot
    (
        "nl",
        "De familie hoopt op de waarheid. “We willen weten waarom”, zegt de advocaat van de moeder van "
        "het slachtoffer, Kris de Smet, na de zitting.",
        "We willen weten waarom",
        "Kris de Smet",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # a name opening the sentence before a firm and a place in apposition
    (
        "en",
        "Edward Byrne, of Byrne Solicitors, Ellis Quay, Dublin 7, says in his affidavit that he was "
        "acting for another client.",
        "he was acting for another client",
        "Edward Byrne",
        "indirect",
        "says",
        "reported.that",
    ),
    # a number opens a description; a threat with a clause
    (
        "nl",
        "Vijf advocaten van kantoor Ficq dreigden dat ze volgende week weg zouden blijven.",
        "ze volgende week weg zouden blijven",
        "Ficq",
        "indirect",
        "dreigden",
        "reported.dat",
    ),
    # an apposition naming the person's employer after "of"
    (
        "en",
        "Mary Clarke, acting managing director of Harbour Radio, said the station was in shock.",
        "the station was in shock",
        "Mary Clarke",
        "indirect",
        "said",
        "reported.said",
    ),
    # "…, maar volgens X …": the clause after the source, the source with its portfolio as role
    (
        "nl",
        "In het akkoord stond dat de taken verdwijnen, maar volgens minister Ronald Plasterk van "
        "Binnenlandse Zaken gaat dat niet door.",
        "gaat dat niet door",
        "Ronald Plasterk",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # an institution by its initials, and the description that points back at it
    (
        "nl",
        "Het RIVM deelde een analyse. „Deze capaciteit is onvoldoende”, schreef het instituut.",
        "Deze capaciteit is onvoldoende",
        "Rijksinstituut voor Volksgezondheid en Milieu (RIVM)",
        "direct",
        "schreef",
        "quote.cue_after",
    ),
    # a closing cue reports the sentence, not a verb inside it
    (
        "en",
        "The agency wants its staff to testify, a senior official said.",
        "The agency wants its staff to testify",
        "senior official",
        "indirect",
        "said",
        "reported.cue_after",
    ),
    # a clause ending in a partial quote whose comma sits inside the marks, then its cue
    (
        "en",
        'The country "has made dramatic changes for the better," McConnell said in June 2012, citing the '
        "release of political prisoners.",
        'The country "has made dramatic changes for the better,',
        "McConnell",
        "indirect",
        "said",
        "reported.cue_after",
    ),
    # ", adding that …" after a cue: the participle's clause is the same speaker's
    (
        "en",
        '"We do not see a link to terrorism," the mayor said, adding that it would take "more hours" '
        "before details emerge.",
        'it would take "more hours" before details emerge',
        "mayor",
        "indirect",
        "adding",
        "reported.that",
    ),
    (
        "en",
        "Ann Smith said prices will rise, adding that costs are up.",
        "prices will rise",
        "Ann Smith",
        "indirect",
        "said",
        "reported.said",
    ),
    # a name followed by several asides between commas (age, description, place, participle phrase)
    (
        "en",
        "Jillian Chase, 27, a Tinder user in New York, said the election would occasionally come up.",
        "the election would occasionally come up",
        "Jillian Chase",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "Sen. Marco Rubio, R-Fla., appearing on Fox News right after the speech, said Obama failed to "
        "address public concerns.",
        "Obama failed to address public concerns",
        "Marco Rubio",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "Mr. Manafort, citing “the unique magic of Trump,” said the candidate could be competitive in "
        "Pennsylvania.",
        "the candidate could be competitive in Pennsylvania",
        "Manafort",
        "indirect",
        "said",
        "reported.said",
    ),
    # a middle initial, a party tag and an apposition
    (
        "en",
        "Rep. Gregory W. Meeks (D-N.Y.), chairman of the Congressional Black Caucus PAC, said members "
        "will help him raise cash.",
        "members will help him raise cash",
        "Gregory W. Meeks",
        "indirect",
        "said",
        "reported.said",
    ),
    # a contracted pronoun opens the reported clause
    (
        "en",
        "Security specialists say it’s a realistic extension of Moscow’s information warfare.",
        "it’s a realistic extension of Moscow’s information warfare",
        "Security specialists",
        "indirect",
        "say",
        "reported.said",
    ),
    # an English subject that is a description with a modifier
    (
        "en",
        "People with knowledge of the group's activities said a substantial number of new donors have "
        "come aboard.",
        "a substantial number of new donors have come aboard",
        "People with knowledge of the group's activities",
        "indirect",
        "said",
        "reported.said",
    ),
    # "said it was …, and that …": the clause starts at once; a later "that" is inside it
    (
        "en",
        "Enda Kenny said it was not the case that Leo Varadkar was slapped down over his comments.",
        "it was not the case that Leo Varadkar was slapped down over his comments",
        "Enda Kenny",
        "indirect",
        "said",
        "reported.said",
    ),
    # Dutch verbs of criticism and opinion with a noun object; "weet"/"ziet" only with a clause
    (
        "nl",
        "Kop\n\nOud-rector Hans Schoof bekritiseert de vele visitatiecommissies, die in zijn ogen "
        "„geld- en tijdverslindend” zijn.",
        "de vele visitatiecommissies",
        "Hans Schoof",
        "indirect",
        "bekritiseert",
        "reported.object",
    ),
    (
        "nl",
        "Kop\n\nDe Consumentenbond ziet dat de reserves sinds 2015 zijn afgenomen.",
        "de reserves sinds 2015 zijn afgenomen",
        "Consumentenbond",
        "indirect",
        "ziet",
        "reported.dat",
    ),
    # a company name ending in an abbreviation; a time word before the clause; an irregular past
    (
        "en",
        "Estee Lauder Cos. said Wednesday first-quarter profit fell 38% and missed expectations.",
        "first-quarter profit fell 38% and missed expectations",
        "Estee Lauder Cos",
        "indirect",
        "said",
        "reported.said",
    ),
    # a gerund phrase as the subject of the reported clause
    (
        "en",
        "Deputy mayor James Edwards said cutting down on councillors will make the districts too large.",
        "cutting down on councillors will make the districts too large",
        "James Edwards",
        "indirect",
        "said",
        "reported.said",
    ),
    # a dateline with a plain hyphen; a circumstance between the cue and "that"
    (
        "en",
        "BERLIN (Reuters) - Foreign Minister Frank-Walter Steinmeier said on Sunday after a meeting with "
        "his counterparts from Ukraine, Russia and France that they would report back to leaders.",
        "they would report back to leaders",
        "Frank-Walter Steinmeier",
        "indirect",
        "said",
        "reported.that",
    ),
    # "had het over …": talking about, the claim keeps the verb
    (
        "nl",
        "Kop\n\nRaoul Hedebouw (PVDA) had het smalend over een “chequeske” van 750 euro.",
        "had het smalend over een “chequeske” van 750 euro",
        "Raoul Hedebouw",
        "indirect",
        "had het over",
        "reported.naming",
    ),
    # a trailing cue followed only by circumstances
    (
        "nl",
        "Kop\n\nMinister Wopke Hoekstra is blij met de ‘grote mate van eenheid’ tussen de lidstaten, "
        "zei hij na afloop in de Franse hoofdstad tegen media.",
        "Minister Wopke Hoekstra is blij met de ‘grote mate van eenheid’ tussen de lidstaten",
        "Wopke Hoekstra",
        "indirect",
        "zei",
        "reported.cue_after",
    ),
    # a subject after "as"; a company form mid-sentence ("Ltd. Thursday"); a long dateline
    (
        "en",
        "The intervention came as Boris Johnson said it was a “moral duty” to get children back to school.",
        "it was a “moral duty” to get children back to school",
        "Boris Johnson",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "CANTON, Mass. (Dow Jones/AP) – Reebok International Ltd. Thursday reported a 31 percent increase in "
        "earnings and said that its president resigned.",
        "its president resigned",
        "Reebok International Ltd",
        "indirect",
        "said",
        "reported.that",
    ),
    # "Volgens X" with a verb the word-class table does not know right after the name
    (
        "nl",
        "Kop\n\nVolgens Omrop-advocaat Peter Yspeert heerst er een angstcultuur binnen de Omrop.",
        "heerst er een angstcultuur binnen de Omrop",
        "Peter Yspeert",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # "said he never …" after an apposition is no inversion; "said" + a clause whose verb is unknown
    (
        "en",
        "Nefzi, a chemistry professor and a member of the board, said he never saw Mateen with Albusalha.",
        "he never saw Mateen with Albusalha",
        "Nefzi",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "Congressman Chris Collins, a Trump supporter, said Trump campaign strategists plan to secure "
        "enough delegates in the initial round.",
        "Trump campaign strategists plan to secure enough delegates in the initial round",
        "Chris Collins",
        "indirect",
        "said",
        "reported.said",
    ),
    # the reported clause ends where the author tells the speaker's next act or another actor's
    (
        "en",
        "Chief Supt Padraic Powell said he was aware some of the media were present and he asked the judge "
        "to remove them.",
        "he was aware some of the media were present",
        "Padraic Powell",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "Coun. Justin Di Ciano said he inadvertently voted in favour of the motion, but council voted "
        "against reopening it.",
        "he inadvertently voted in favour of the motion",
        "Justin Di Ciano",
        "indirect",
        "said",
        "reported.said",
    ),
    # an Arabic article inside a name
    (
        "nl",
        'Kop\n\n"De verkiezingen zijn zonder enige legitimiteit gehouden", aldus oppositie-kopstuk Hadi '
        "al-Bahra op Twitter.",
        "De verkiezingen zijn zonder enige legitimiteit gehouden",
        "Hadi al-Bahra",
        "direct",
        "aldus",
        "quote.cue_after",
    ),
    # an apposition whose closing comma is missing
    (
        "en",
        "Ben Reid, chairman of the board said he was really disappointed with the report.",
        "he was really disappointed with the report",
        "Ben Reid",
        "indirect",
        "said",
        "reported.said",
    ),
    # rules-1.8: a broadcaster after "bij" listens, the role before it speaks
    (
        "nl",
        'Bondscoach Max Tjaden baalde na afloop.\n\n"We hadden ze vandaag kunnen pakken", zei de coach bij '
        "de NOS.",
        "We hadden ze vandaag kunnen pakken",
        "Max Tjaden",
        "direct",
        "zei",
        "quote.cue_after",
    ),
    # a conjunction before a name with a party tag
    (
        "en",
        "But Sen. Ann Miller, R-Mesa, said the vote sent a message to the governor.",
        "the vote sent a message to the governor",
        "Ann Miller",
        "indirect",
        "said",
        "reported.said",
    ),
    # a title and surname in apposition to the role after "according to"
    (
        "en",
        "The waiting list grew by 3,000 patients, according to the Minister for Health, Mr Byrne.",
        "The waiting list grew by 3,000 patients",
        "Byrne",
        "indirect",
        "according to",
        "reported.according",
    ),
    # a role met first, its name given later
    (
        "en",
        "The Mayor of Kingsport says the storm was a one in 100 year event.\n\nMayor Jane Hollis says "
        "the drains were full before it started.",
        "the storm was a one in 100 year event",
        "Jane Hollis",
        "indirect",
        "says",
        "reported.said",
    ),
    # a single surname after a title; "told the court" and a quantity opening the clause
    (
        "en",
        "Mr Cook told the court that the pipes had leaked for a week.",
        "the pipes had leaked for a week",
        "Cook",
        "indirect",
        "told",
        "reported.that",
    ),
    (
        "en",
        "Tom Fisher said up to 900 fish could have died in the river.",
        "up to 900 fish could have died",
        "Tom Fisher",
        "indirect",
        "said",
        "reported.said",
    ),
    # an apposition that holds an abbreviated title, and one that holds a relative clause
    (
        "en",
        "The minister of the economy, Mr. Luis Ortega, argues there is little point in responding now.",
        "there is little point in responding now",
        "Luis Ortega",
        "indirect",
        "argues",
        "reported.said",
    ),
    (
        "en",
        "Anna Price, a nurse who has worked at the hospital for 20 years, said the strike shows that staff "
        "are serious.",
        "the strike shows that staff are serious",
        "Anna Price",
        "indirect",
        "said",
        "reported.said",
    ),
    # evidence: what a study or a document shows is its source's claim
    (
        "nl",
        "Uit onderzoek van de NOS blijkt dat veel gemeenten geld tekortkomen voor de jeugdzorg.",
        "veel gemeenten geld tekortkomen voor de jeugdzorg",
        "NOS",
        "indirect",
        "blijkt uit",
        "reported.evidence",
    ),
    (
        "nl",
        "Het bedrijf zag de winst vorig jaar fors teruglopen, blijkt uit de jaarrekening van Babywereld.",
        "Het bedrijf zag de winst vorig jaar fors teruglopen",
        "Babywereld",
        "indirect",
        "blijkt uit",
        "reported.evidence",
    ),
    # "aldus X" followed by where it was said; "klinkt het bij" with a description of the person
    (
        "nl",
        "De belangrijkste reden is het tekort aan personeel, aldus bestuursvoorzitter Piet Jansen in een "
        "videoboodschap.",
        "De belangrijkste reden is het tekort aan personeel",
        "Piet Jansen",
        "indirect",
        "aldus",
        "reported.aldus",
    ),
    (
        "nl",
        'Wielrenner Tom Peeters wilde meteen praten. "Als ik nu ga liggen, kom ik nooit meer recht", '
        "klonk het eerlijk bij de renner.",
        "Als ik nu ga liggen, kom ik nooit meer recht",
        "Tom Peeters",
        "direct",
        "klonk het",
        "quote.cue_after",
    ),
    # a Dutch surname that is also a trade (Bakker, Visser) stays part of the name
    (
        "nl",
        'Wethouder Robert Bakker neemt de aanbevelingen ter harte. "Wij willen de mouwen opstropen."',
        "Wij willen de mouwen opstropen",
        "Robert Bakker",
        "direct",
        None,
        "quote.continuation",
    ),
    # someone met only by a description who spoke, then called by a surname alone
    (
        "nl",
        '"We hadden meer kansen", zei de trainer van de thuisploeg. "Het is zuur."\n\n'
        "Volgens Fraser moet de ploeg nu snel herstellen van de nederlaag.",
        "moet de ploeg nu snel herstellen van de nederlaag",
        "Fraser",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # an example list between commas after "said", and a circumstance before "that"
    (
        "en",
        "Mayor Anna Berg said most residents, including the shop owners on Main Street, supported "
        "the plan for a new car park.",
        "most residents, including the shop owners on Main Street, supported the plan",
        "Anna Berg",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "The union said Monday, in an email to the paper, that reports of a strike are false.",
        "reports of a strike are false",
        "union",
        "indirect",
        "said",
        "reported.that",
    ),
    # a dotted country before the title and name
    (
        "en",
        "U.S. Secretary of State John Kerry said on Friday that the meeting had agreed to expand aid.",
        "the meeting had agreed to expand aid",
        "John Kerry",
        "indirect",
        "said",
        "reported.that",
    ),
    # a description after the name it describes, in the same sentence
    (
        "nl",
        "Het gezicht van trainer Michel Preud'homme stond op onweer, maar dat had volgens de coach niets "
        "met de schorsing te maken.",
        "dat had volgens de coach niets met de schorsing te maken",
        "Michel Preud'homme",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a title of several words before the name: "Deputy Prime Minister Winston Peters"
    (
        "en",
        '"We are going to cut your funding," Deputy Prime Minister Winston Peters told the broadcaster.',
        "We are going to cut your funding",
        "Winston Peters",
        "direct",
        "told",
        "quote.cue_after",
    ),
    # court reporting: what a court heard is attributed to the court, not to whoever heard a noise
    (
        "en",
        "The defendant had thrown the ticket to the ground, Truro Magistrates' Court heard.",
        "The defendant had thrown the ticket to the ground",
        "Truro Magistrates' Court",
        "indirect",
        "heard",
        "reported.cue_after",
    ),
    # an English phrasal verb of speech, and a Dutch name particle in English copy
    (
        "en",
        "Erik ten Hag pointed out there was a glimmer of hope in the performance of his team.",
        "there was a glimmer of hope in the performance of his team",
        "Erik ten Hag",
        "indirect",
        "pointed out",
        "reported.said",
    ),
    # a pronoun points back past a person introduced further on in its own sentence
    (
        "nl",
        "Minister Ruben Brekelmans sprak met journalisten.\n\nVolgens hem is de Russische president "
        "Vladimir Poetin vastberaden om door te gaan.",
        "is de Russische president Vladimir Poetin vastberaden om door te gaan",
        "Ruben Brekelmans",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # "Belgische media" is a source; "volgens de wet" is none
    (
        "nl",
        "In Dinant staan de straten blank, melden Belgische media.",
        "In Dinant staan de straten blank",
        "Belgische media",
        "indirect",
        "melden",
        "reported.cue_after",
    ),
    # an English surname that is also a role, after an organisation and its title
    (
        "en",
        "The Queensland Council of Unions general secretary, Jacqueline King, said officials had put "
        "the proposals on the table.",
        "officials had put the proposals on the table",
        "Jacqueline King",
        "indirect",
        "said",
        "reported.said",
    ),
    # a member of a party named by the party: the person in focus
    (
        "nl",
        "Lijsttrekker Philippe De Backer vindt dat er een probleem is. De Open Vld'er denkt dat "
        "privatisering een goed idee zou zijn.",
        "privatisering een goed idee zou zijn",
        "Philippe De Backer",
        "indirect",
        "denkt",
        "reported.dat",
    ),
    # a role, then the name in apposition with a party tag
    (
        "nl",
        "Minister van Volksgezondheid, Maggie De Block (Open Vld), kondigde aan dat ziekenhuizen moeten "
        "samenwerken.",
        "ziekenhuizen moeten samenwerken",
        "Maggie De Block",
        "indirect",
        "kondigde aan",
        "reported.dat",
    ),
    # naming with "as"/"als" after the object: a claim that keeps its verb
    (
        "en",
        "Councillor Stewart Cree condemned the announcements as doing nothing to help the authority.",
        "condemned the announcements as doing nothing to help the authority",
        "Stewart Cree",
        "indirect",
        "condemned",
        "reported.naming",
    ),
    (
        "nl",
        "Burgemeester Bert-Jan Huizing ziet de beving als een wake-upcall voor de regio.",
        "ziet de beving als een wake-upcall voor de regio",
        "Bert-Jan Huizing",
        "indirect",
        "ziet",
        "reported.naming",
    ),
    # "de commissaris van de Koning" is a title, not a spokesperson of an organisation "Koning"
    (
        "nl",
        "Commissaris van de Koning Han Polman heeft het druk.\n\nDe commissaris van de Koning "
        "beschouwt dat niet als zorgelijk.",
        "beschouwt dat niet als zorgelijk",
        "Han Polman",
        "indirect",
        "beschouwt",
        "reported.naming",
    ),
    # "…, klinkt het." with nobody named: the one in focus
    (
        "nl",
        "Premier Jan Jambon zegt dat hij een opvolger heeft gekozen. Hilde Crevits is een heel sterke "
        "minister, klinkt het.",
        "Hilde Crevits is een heel sterke minister",
        "Jan Jambon",
        "indirect",
        "klinkt het",
        "reported.cue_after",
    ),
    # a time phrase before the subject, without a comma
    (
        "en",
        "This week Councillor Robert Stephens said he had read all of the publicly available documents.",
        "he had read all of the publicly available documents",
        "Robert Stephens",
        "indirect",
        "said",
        "reported.said",
    ),
    # employees of a company speak for themselves, not for the company
    (
        "nl",
        "De medewerkers van Unox zeggen dat ze boos zijn over het pensioen.",
        "ze boos zijn over het pensioen",
        "medewerkers van Unox",
        "indirect",
        "zeggen",
        "reported.dat",
    ),
    # a role with its field before the name
    (
        "nl",
        "'Het is een hele bijzondere waarneming', zegt hoogleraar sterrenkunde Marc Verheijen van de RUG.",
        "Het is een hele bijzondere waarneming",
        "Marc Verheijen",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # a description takes the person named before it, not a name further on in its sentence
    (
        "nl",
        "Hoe de avond eruit zou zien, Wilco Kelderman had wel een idee. \u201cIk denk dat we bier gaan "
        "drinken\u201d, zei de renner van Sunweb die de Ronde van Italië als derde afsloot.",
        "Ik denk dat we bier gaan drinken",
        "Wilco Kelderman",
        "direct",
        "zei",
        "quote.cue_after",
    ),
    # "…, zag X." closes a clause like a speech verb; "X zag het gebeuren" reports nothing
    (
        "nl",
        "Teamcaptain Paul Haarhuis was teleurgesteld. Nederland kreeg kansen genoeg, zag Haarhuis.",
        "Nederland kreeg kansen genoeg",
        "Paul Haarhuis",
        "indirect",
        "zag",
        "reported.cue_after",
    ),
    # a capitalised word and lowercase words before an English title: all title, then the name
    (
        "en",
        'Armed forces minister James Heappey said: "The whole thing is ridiculous and offensive."',
        "The whole thing is ridiculous and offensive.",
        "James Heappey",
        "direct",
        "said",
        "quote.cue_before",
    ),
    # a fronted phrase without its comma, and "only" before the subject of the reported clause
    (
        "en",
        "At the party meeting Mr Varadkar said the passing of the motion by 19 votes was a good day.",
        "the passing of the motion by 19 votes was a good day",
        "Varadkar",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "But Mrs Vowles said only one bus every hour travels to Melksham.",
        "only one bus every hour travels to Melksham",
        "Vowles",
        "indirect",
        "said",
        "reported.said",
    ),
    # an organisation's acronym in brackets before its officer's title
    (
        "en",
        "Employees Provident Fund (EPF) chief executive Tunku Alizakri Alias said there is a need for "
        "regulators to understand the industry.",
        "there is a need for regulators to understand the industry",
        "Tunku Alizakri Alias",
        "indirect",
        "said",
        "reported.said",
    ),
    # a comma inside brackets after the name, and an apposition with "the" inside the clause
    (
        "en",
        "Deputy leader Craig Browne (Alderley Edge, Ind) said all councils were under huge pressure.",
        "all councils were under huge pressure",
        "Craig Browne",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "County administrator Jack Wheeler said Jamie Johnson, the executive director of the county "
        "agency, would reach out to the company.",
        "Jamie Johnson, the executive director of the county agency, would reach out to the company",
        "Jack Wheeler",
        "indirect",
        "said",
        "reported.said",
    ),
    # a description the role list does not know, before a full name
    (
        "en",
        "Air-traffic controller David Morton, 53, who lives in Newport, said he was forced to travel "
        "four hours early.",
        "he was forced to travel four hours early",
        "David Morton",
        "indirect",
        "said",
        "reported.said",
    ),
    # "…, volgens X "…".": the source's own words close the sentence
    (
        "nl",
        'Rond Amsterdam gaat het nog niet naar behoren, volgens ProRail "door een vervelende samenloop '
        'van omstandigheden".',
        "Rond Amsterdam gaat het nog niet naar behoren",
        "ProRail",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # the name opening a sentence outranks a person introduced later in it as the antecedent
    (
        "nl",
        "Fleur Agema is boos op minister Bruins.\n\nZijn ministerie is volgens haar stuurloos.",
        "Zijn ministerie is volgens haar stuurloos",
        "Fleur Agema",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a quote resumed after its cue with a small letter is the second half of the same utterance
    (
        "nl",
        "‘Dat gaat miljoenen kosten’, zegt Theo Francken, ‘en dat geld zit niet in de begroting.’",
        "en dat geld zit niet in de begroting",
        "Theo Francken",
        "direct",
        "zegt",
        "quote.cue_before",
    ),
    (
        "en",
        '"The plan is good," said director Erwin Bormans, "but it needs a lot of work."',
        "but it needs a lot of work",
        "Erwin Bormans",
        "direct",
        "said",
        "quote.cue_before",
    ),
    # a heading that opens with a quote before a colon: the quote is the speaker's claim
    (
        "en",
        "‘Bit rich’: Queensland Premier hits back at criticism\n\nQueensland Premier Annastacia "
        "Palaszczuk has labelled the criticism of a quarantine centre a bit rich, saying the plan "
        "was sound.",
        "Bit rich",
        "Annastacia Palaszczuk",
        "direct",
        None,
        "quote.heading",
    ),
    # "het rapport" is the organisation's that published it, not its chair's
    (
        "nl",
        "De Raad voor Cultuur presenteerde vandaag zijn advies. „Er moet meer geld komen”, zegt "
        "voorzitter Kristel Baele. Volgens het rapport zijn er per gemeente grote verschillen.",
        "zijn er per gemeente grote verschillen",
        "Raad voor Cultuur",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a nationality named after a quote without a speech verb: the person in focus
    (
        "nl",
        'Coach Albert Stuivenberg was bijzonder tevreden.\n\n"Deze overwinning is dik verdiend", '
        "opende de Nederlander na de wedstrijd.",
        "Deze overwinning is dik verdiend",
        "Albert Stuivenberg",
        "direct",
        None,
        "quote.mention_after",
    ),
    # a stray comma between a full name and its verb; after "told" the name is the listener
    (
        "en",
        "Labor Commissioner Patricia Moulton Powden, said the state will meet with employees.",
        "the state will meet with employees",
        "Patricia Moulton Powden",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "Lib Dem Councillor Claire Bonham, told Eastlondonlines: “Croydon residents have suffered the "
        "highest council tax increases in Britain.”",
        "Croydon residents have suffered the highest council tax increases in Britain",
        "Claire Bonham",
        "direct",
        "told",
        "quote.cue_before",
    ),
    # "it" after a company that spoke by its bare name, not the organisation named before it
    (
        "en",
        "The union Unite said the firm had warned the plant could close. Federal-Mogul said it was "
        "disappointed by the strike. It said the company had to improve productivity.",
        "the company had to improve productivity",
        "Federal-Mogul",
        "indirect",
        "said",
        "reported.said",
    ),
    # a title between the role and the name, and a stray comma before the verb
    (
        "en",
        'Cisco president and chief executive Mr John Chambers, stated: "We are very pleased with this '
        'quarter."',
        "We are very pleased with this quarter.",
        "John Chambers",
        "direct",
        None,
        "quote.continuation",
    ),
    # "according to a survey by X": the one who made it
    (
        "en",
        "According to a survey by Thomson Financial/First Call, analysts were expecting profits of 9 "
        "cents a share.",
        "analysts were expecting profits of 9 cents a share",
        "Thomson Financial/First Call",
        "indirect",
        "according to",
        "reported.according",
    ),
    # a state of mind with a clause
    (
        "nl",
        "Klaas Knot is niet bang dat de lonen te snel stijgen.",
        "de lonen te snel stijgen",
        "Klaas Knot",
        "indirect",
        "bang",
        "reported.dat",
    ),
    (
        "en",
        "Finance minister Paschal Donohoe is confident that the deal will hold.",
        "the deal will hold",
        "Paschal Donohoe",
        "indirect",
        "confident",
        "reported.that",
    ),
    # an expectation with its clause: "gaat ervan uit dat", "rekent erop dat"
    (
        "nl",
        "Het Centraal Planbureau gaat ervan uit dat de economie dit jaar met 2,4 procent groeit.",
        "de economie dit jaar met 2,4 procent groeit",
        "Centraal Planbureau",
        "indirect",
        "gaat uit",
        "reported.dat",
    ),
    # a Flemish surname in small letters after a capitalised particle
    (
        "nl",
        "Burgemeester Dirk De fauw zegt dat elke trailer wordt gecontroleerd.",
        "elke trailer wordt gecontroleerd",
        "Dirk De fauw",
        "indirect",
        "zegt",
        "reported.dat",
    ),
    # a role, its organisation, then the holder's name; a municipality keeps its place name
    (
        "nl",
        '"Ik voel mij in mijn hemd gezet", zegt de voorzitter van de auditcommissie Mattijs Loor.',
        "Ik voel mij in mijn hemd gezet",
        "Mattijs Loor",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    (
        "nl",
        '"We onderzoeken de zaak", zegt een woordvoerder van de gemeente Den Haag.',
        "We onderzoeken de zaak",
        "gemeente Den Haag",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # the cue repeated at the end of a reported clause is no part of the claim
    (
        "nl",
        "Klaas Knot vindt dat de lonen te snel stijgen, zei hij dinsdag.",
        "de lonen te snel stijgen",
        "Klaas Knot",
        "indirect",
        "vindt",
        "reported.dat",
    ),
    # the plural of a role ending in -e ("getuige", "omwonende"): a group that speaks
    (
        "nl",
        "Volgens getuigen zou de politie hardhandig hebben opgetreden.",
        "zou de politie hardhandig hebben opgetreden",
        "getuigen",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    (
        "nl",
        "Volgens omwonenden stond de auto al dagen op straat.",
        "stond de auto al dagen op straat",
        "omwonenden",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # an opinion or possibility with its clause
    (
        "nl",
        "Jansen is van mening dat de regels te streng zijn.",
        "de regels te streng zijn",
        "Jansen",
        "indirect",
        "mening",
        "reported.dat",
    ),
    (
        "nl",
        "Directeur Piet Smit sluit niet uit dat er banen verdwijnen.",
        "er banen verdwijnen",
        "Piet Smit",
        "indirect",
        "sluit uit",
        "reported.dat",
    ),
    (
        "nl",
        "Wethouder Klaartje van Dillen is kritisch. Zij snapt dat de coronacrisis tijd vraagt.",
        "de coronacrisis tijd vraagt",
        "Klaartje van Dillen",
        "indirect",
        "snapt",
        "reported.dat",
    ),
    (
        "nl",
        "Minister Rob Jetten is boos. Hij vreest ook dat het misgaat.",
        "het misgaat",
        "Rob Jetten",
        "indirect",
        "vreest",
        "reported.dat",
    ),
    # a focus particle before the subject: "Ook hij zei dat …"
    (
        "nl",
        'Rob Jetten is boos. Ook hij zei dat de PVV-leider "niet de Nederlanders op 1 zet".',
        "de PVV-leider",
        "Rob Jetten",
        "indirect",
        "zei",
        "reported.dat",
    ),
    # a name given in quotes after a comma closes no sentence as a cue would
    (
        "en",
        "Dr. Julie Gerberding said the cases are people who traveled to Asia and developed fever, "
        'called "severe acute respiratory syndrome," or SARS.',
        "the cases are people who traveled to Asia",
        "Julie Gerberding",
        "indirect",
        "said",
        "reported.said",
    ),
    # a description of an organisation points back at a name of that kind, named in passing
    (
        "nl",
        "Het Leidsche Rijn College in Utrecht heeft aangifte gedaan. Volgens RTV Utrecht circuleerde "
        "een lijst. Die leerling wordt volgens de school passend gestraft.",
        "Die leerling wordt",
        "Leidsche Rijn College",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    (
        "en",
        "Wayne State University announced free tuition on Monday. Trustees were not told. "
        "The university said the board chair had been given notice.",
        "the board chair had been given notice",
        "Wayne State University",
        "indirect",
        "said",
        "reported.said",
    ),
    # after a comma, a cue with a name closing the sentence: the name speaks, not the clause before
    (
        "en",
        "Most signed the agreement, although the Sierra Club did not, said David Graham-Caso, a spokesman.",
        "Most signed the agreement",
        "David Graham-Caso",
        "indirect",
        "said",
        "reported.cue_after",
    ),
    # a number with a thousands separator is one word: the claim keeps it whole
    (
        "en",
        "According to the World Food Programme, 60,000 people may need food aid.",
        "60,000 people may need food aid",
        "World Food Programme",
        "indirect",
        "according to",
        "reported.according",
    ),
    # an estimate is its maker's
    (
        "nl",
        "Volgens een eerste schatting van de VN-Wereldvoedselorganisatie hebben mogelijk 60.000 mensen "
        "voedselhulp nodig.",
        "hebben mogelijk 60.000 mensen voedselhulp nodig",
        "VN-Wereldvoedselorganisatie",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a state of mind named by a noun after a light verb, with its clause
    (
        "en",
        "A senior UN official voiced fears that other parts of the country might contain similar stories.",
        "other parts of the country might contain similar stories",
        "senior UN official",
        "indirect",
        "fears",
        "reported.that",
    ),
    (
        "en",
        "The European Commission had expressed concern that the company may have abused its position.",
        "the company may have abused its position",
        "European Commission",
        "indirect",
        "concern",
        "reported.that",
    ),
    (
        "en",
        "However, coach Ian Foster hinted that two players may still get a chance to play.",
        "two players may still get a chance to play",
        "Ian Foster",
        "indirect",
        "hinted",
        "reported.that",
    ),
    # a list of portfolios inside a minister's title
    (
        "nl",
        "De minister van Landbouw, Natuur en Voedselkwaliteit Piet Adema zei dat de boeren moeten kiezen.",
        "de boeren moeten kiezen",
        "Piet Adema",
        "indirect",
        "zei",
        "reported.dat",
    ),
    (
        "nl",
        "De Nederlandse minister voor Natuur en Stikstof Christianne van der Wal zei dat het goed gaat.",
        "het goed gaat",
        "Christianne van der Wal",
        "indirect",
        "zei",
        "reported.dat",
    ),
    # a finding of an inquiry, a survey or data; "Police found the body" reports nothing
    (
        "en",
        "The Police Ombudsman found the officer copied a colleague's statement.",
        "the officer copied a colleague's statement",
        "Police Ombudsman",
        "indirect",
        "found",
        "reported.said",
    ),
    # naming by a participle after a comma
    (
        "en",
        "Councillor Lotu Fuli raised a point of order, calling it unusual to review the reasons.",
        "calling it unusual to review the reasons",
        "Lotu Fuli",
        "indirect",
        "calling",
        "reported.naming",
    ),
    # "in de ogen van X": X's view
    (
        "nl",
        "De actiedag is in de ogen van werkgeversorganisatie Voka onverantwoord en overbodig.",
        "De actiedag is in de ogen van werkgeversorganisatie Voka onverantwoord",
        "werkgeversorganisatie Voka",
        "indirect",
        "in de ogen van",
        "reported.in",
    ),
    # "een Haagse bron": a source described by a capitalised adjective, not a name
    (
        "nl",
        '"Dit is geen crisisteam", zegt een Haagse bron.',
        "Dit is geen crisisteam",
        "Haagse bron",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # a company named as the subject of a plain sentence, then described
    (
        "nl",
        "Heineken verhoogt de prijzen. Het biermerk laat weten dat de prijzen met 10,7 procent omhooggaan.",
        "de prijzen met 10,7 procent omhooggaan",
        "Heineken",
        "indirect",
        "laat weten",
        "reported.dat",
    ),
    # a quote opened with a closing mark, as some papers print it: ”…,” and ’…’
    (
        "en",
        "Julian Alaphilippe took the news on the chin.\n\n”There will be other days and other "
        "opportunities,” he said.",
        "There will be other days and other opportunities",
        "Julian Alaphilippe",
        "direct",
        "said",
        "quote.cue_after",
    ),
    (
        "nl",
        "’Pijnlijk’, zei Pieter Omtzigt over de toeslagen.",
        "Pijnlijk",
        "Pieter Omtzigt",
        "direct",
        "zei",
        "quote.cue_after",
    ),
    # a possessive before a name is whose the person is, not part of the name
    (
        "en",
        '"What can you do," said Deceuninck-Quick Step’s Julian Alaphilippe.',
        "What can you do",
        "Julian Alaphilippe",
        "direct",
        "said",
        "quote.cue_after",
    ),
    (
        "en",
        "The King’s Fund said waiting lists were growing.",
        "waiting lists were growing",
        "King’s Fund",
        "indirect",
        "said",
        "reported.said",
    ),
    # "The City of Moose Jaw" is what "the city" points back at
    (
        "en",
        "The City of Moose Jaw closed High Street. Resident Michelle Power said the work was slow. "
        "The city says it planned to have the project complete by fall 2017.",
        "it planned to have the project complete",
        "City of Moose Jaw",
        "indirect",
        "says",
        "reported.said",
    ),
    # a reported clause goes on past ", maar": the speaker's own contrast
    (
        "nl",
        "Minister Kajsa Ollongren zei dat huurders haar verantwoordelijkheid zijn, maar de woningbouw "
        "is dat ook.",
        "huurders haar verantwoordelijkheid zijn, maar de woningbouw is dat ook",
        "Kajsa Ollongren",
        "indirect",
        "zei",
        "reported.dat",
    ),
    (
        "nl",
        "Het CBS maakte bekend dat de groei veel groter was dan verwacht, terwijl de oorlog voor onzekerheid "
        "zorgt.",
        "de groei veel groter was dan verwacht, terwijl de oorlog voor onzekerheid zorgt",
        "Centraal Bureau voor de Statistiek (CBS)",
        "indirect",
        "maakte bekend",
        "reported.dat",
    ),
    # a cue inserted before ", en …": the claim goes on around it
    (
        "nl",
        "Dat is beter dan een eindeloze reeks lapmiddelen, vindt de AOb, en maakt het probleem zichtbaar.",
        "Dat is beter dan een eindeloze reeks lapmiddelen, vindt de AOb, en maakt het probleem zichtbaar",
        "AOb",
        "indirect",
        "vindt",
        "reported.cue_after",
    ),
    # an object before a Dutch opinion or naming verb: the claim is the clause whole
    (
        "nl",
        "Jan de Vries staat terecht. De strafzaak tegen hem noemt hij een groot circus.",
        "De strafzaak tegen hem noemt hij een groot circus",
        "Jan de Vries",
        "indirect",
        "noemt",
        "reported.naming",
    ),
    (
        "nl",
        "De vrije keuze vinden de burgemeesters evenwel geen probleem.",
        "De vrije keuze vinden de burgemeesters evenwel geen probleem",
        "burgemeesters",
        "indirect",
        "vinden",
        "reported.object",
    ),
    # a company whose name ends in -ing, opening the sentence before its verb
    (
        "en",
        "Boeing said in May that it is moving its headquarters from Chicago to Arlington.",
        "it is moving its headquarters",
        "Boeing",
        "indirect",
        "said",
        "reported.that",
    ),
    # a quantity opening the reported clause after an adverb
    (
        "en",
        "Union organiser John Smith said just fewer than 100 workers could be affected.",
        "just fewer than 100 workers could be affected",
        "John Smith",
        "indirect",
        "said",
        "reported.said",
    ),
    # a cue inside a relative clause: what follows it is the claim
    (
        "en",
        "Senator John Smith criticised the drawdown of troops, which he says left a vacuum for terrorist "
        "activity.",
        "left a vacuum for terrorist activity",
        "John Smith",
        "indirect",
        "says",
        "reported.said",
    ),
    # "volgens X" inside a sentence, with a party tag, an apposition or a colon after the source
    (
        "nl",
        "Zelfs gemeenteraadsleden kunnen het volgens Paul Vermast (GroenLinks) allemaal niet meer volgen.",
        "Zelfs gemeenteraadsleden kunnen het",
        "Paul Vermast",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    (
        "nl",
        "Dat is volgens Kris Jans, de manager fruit van het veilingbedrijf Belorta, 20 procent lager dan "
        "vorig jaar.",
        "20 procent lager dan vorig jaar",
        "Kris Jans",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a quote after the full stop of an initial the sentence splitter kept: a new utterance
    (
        "nl",
        'Juri G. staat terecht. "We hebben niks met een poging moord te maken", zei G. "Dat kan ik met mijn '
        'hand op mijn hart zeggen."',
        "Dat kan ik met mijn hand op mijn hart zeggen.",
        "Juri G",
        "direct",
        "zei",
        "quote.cue_before",
    ),
    # ,,…‘’ (two single marks closing a quote)
    (
        "nl",
        ",,Ja, die gaan we bekijken‘’, zegt de rechter.",
        "Ja, die gaan we bekijken",
        "rechter",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # an infinitive before "dat" is the claim, with its clause
    (
        "nl",
        "Minister Christianne van der Wal zei blij te zijn dat er eindelijk een gesprek is met boeren.",
        "blij te zijn dat er eindelijk een gesprek is met boeren",
        "Christianne van der Wal",
        "indirect",
        "zei",
        "reported.infinitive",
    ),
    # people, unnamed, as a group that speaks
    (
        "nl",
        "Veel mensen zeggen dat de huur te hoog is.",
        "de huur te hoog is",
        "Veel mensen",
        "indirect",
        "zeggen",
        "reported.dat",
    ),
    # ", saying" after a main clause opened by "But", and ", saying" before a quote
    (
        "en",
        "But Premier Doug Ford fired back, saying the province has a plan to expand transit.",
        "the province has a plan to expand transit",
        "Doug Ford",
        "indirect",
        "saying",
        "reported.said",
    ),
    (
        "en",
        'John Allen praised the students, saying "it is exactly what we would expect from them".',
        "it is exactly what we would expect from them",
        "John Allen",
        "indirect",
        "saying",
        "reported.said",
    ),
    # the reported clause quoted whole, "dat" inside the marks
    (
        "nl",
        "Voorzitter Mark van den Oever benadrukt “dat de vlam zomaar in de pan kan slaan” bij het akkoord.",
        "dat de vlam zomaar in de pan kan slaan",
        "Mark van den Oever",
        "indirect",
        "benadrukt",
        "reported.dat",
    ),
    # "Both said …": the two people just named, jointly
    (
        "en",
        "Mayor John Smith and councillor Mary Jones spoke on Monday. Both said the budget was balanced.",
        "the budget was balanced",
        "Mary Jones and John Smith",
        "indirect",
        "said",
        "reported.said",
    ),
    # the outer source closes the sentence: "Volgens X …, aldus Y" is Y's
    (
        "nl",
        "Volgens Sciensano is er een begin van een griepepidemie, aldus viroloog Steven Van Gucht.",
        "Volgens Sciensano is er een begin van een griepepidemie",
        "Steven Van Gucht",
        "indirect",
        "aldus",
        "reported.aldus",
    ),
    # a name right after a naming verb is its subject; the phrase before it, the object
    (
        "nl",
        "De hoeveelheid zorg die uitgesteld is, noemt Bart Berden gigantisch.",
        "De hoeveelheid zorg die uitgesteld is, noemt Bart Berden gigantisch",
        "Bart Berden",
        "indirect",
        "noemt",
        "reported.object",
    ),
    # the Belgian prosecutor's office is an organisation: "het Antwerpse parket"
    (
        "nl",
        "Het Antwerpse parket zegt dat de man is opgepakt.",
        "de man is opgepakt",
        "Antwerpse parket",
        "indirect",
        "zegt",
        "reported.dat",
    ),
    # "volgens X" right after a dateline opens the clause
    (
        "nl",
        "ROTTERDAM - Volgens trainer Arne Slot had de nederlaag niets met de scheidsrechter te maken.",
        "had de nederlaag niets met de scheidsrechter te maken",
        "Arne Slot",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a verb between a role and a plural role word is no compound role ("de staatssecretaris kregen
    # reizigers"): the description points back at the one named
    (
        "nl",
        "Staatssecretaris Anna de Vries is boos over de storing. Volgens de staatssecretaris kregen "
        "reizigers te weinig informatie.",
        "kregen reizigers te weinig informatie",
        "Anna de Vries",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # "volgens hen" after a list of names, or after a plural subject in the sentence before
    (
        "nl",
        "De gemeente negeert de bezwaren van Woonzorg, Havenstad en Eigen Haard. Volgens hen is er een "
        "tekort aan betaalbare woningen.",
        "is er een tekort aan betaalbare woningen",
        "Woonzorg, Havenstad en Eigen Haard",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    (
        "nl",
        "Wethouder Kees Bakker zei dat het plan doorgaat. De andere raadspartijen steunden het debat. "
        "Volgens hen had de wethouder eerder moeten ingrijpen.",
        "had de wethouder eerder moeten ingrijpen",
        "andere raadspartijen",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a relation of someone just named is not that person: "de advocaat van Martien R."
    (
        "nl",
        "Martien Rutgers zei dat hij de man nooit had gezien. Volgens de advocaat van Martien Rutgers "
        "is het dossier onvolledig.",
        "is het dossier onvolledig",
        "advocaat van Martien Rutgers",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a portfolio in small letters between the role and the name
    (
        "nl",
        "Gisteren maakte gedeputeerde voor openbaar vervoer Sanne de Wit bekend dat de buslijn blijft.",
        "de buslijn blijft",
        "Sanne de Wit",
        "indirect",
        "maakte bekend",
        "reported.dat",
    ),
    # council and police ranks written with a full stop: "Coun.", "Det. Supt."
    (
        "en",
        "“The fare is too high,” said Coun. Mary Jones.",
        "The fare is too high",
        "Mary Jones",
        "direct",
        "said",
        "quote.cue_after",
    ),
    # a second speaker's reported clause after ", and": each keeps their own
    (
        "en",
        "Mayor Tom Baker said the plan will go ahead, and Coun. Mary Jones stated that it costs too much.",
        "it costs too much",
        "Mary Jones",
        "indirect",
        "stated",
        "reported.that",
    ),
    (
        "en",
        "Mayor Tom Baker said the plan will go ahead, and Coun. Mary Jones stated that it costs too much.",
        "the plan will go ahead",
        "Tom Baker",
        "indirect",
        "said",
        "reported.said",
    ),
    # someone else's claim inside the first speaker's clause ends it: "and X said", ", Y said",
    # ", which Z claims"
    (
        "en",
        "Mayor Tom Baker said his office was closing early and Jones said he would stay open.",
        "he would stay open",
        "Jones",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "Mayor Tom Baker said the deal would cost Leeds millions, York said it would lose more.",
        "the deal would cost Leeds millions",
        "Tom Baker",
        "indirect",
        "said",
        "reported.said",
    ),
    # an organisation described by a superlative is the one in focus
    (
        "nl",
        "Heineken heeft laten weten de staking te betreuren. “We bekijken de gevolgen”, "
        "aldus 's lands grootste bierbrouwer.",
        "We bekijken de gevolgen",
        "Heineken",
        "direct",
        "aldus",
        "quote.cue_after",
    ),
    # "reflected" after a quote is a cue; "Whilst" opening a sentence is no name
    (
        "en",
        "Whilst Leeds and York both lost, the club went down. “It is a hard time,” reflected Bob Smith.",
        "It is a hard time",
        "Bob Smith",
        "direct",
        "reflected",
        "quote.cue_after",
    ),
    # a cue in a relative clause after a preposition's object: the antecedent speaks, the main
    # clause stays the author's
    (
        "en",
        "The minister was responding to an interview with Mr Dawson, who said he was worth ten million.",
        "he was worth ten million",
        "Dawson",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "The minister was responding to an interview with Mr Dawson, who said he was worth ten million.",
        "The minister was responding to an interview with Mr Dawson",
        None,
        "unattributed",
        None,
        "author.statement",
    ),
    (
        "nl",
        "De minister reageerde op een interview met Jan Peeters, die zei dat hij tien miljoen waard was.",
        "hij tien miljoen waard was",
        "Jan Peeters",
        "indirect",
        "zei",
        "reported.dat",
    ),
    # a country speaks as a state: "he" after it is the person before
    (
        "en",
        "Minister Anne Dubois recalled that Ukraine had offered a ceasefire. Russia, however, has yet "
        "to respond, she noted.",
        "Russia, however, has yet to respond",
        "Anne Dubois",
        "indirect",
        "noted",
        "reported.cue_after",
    ),
    # a source wrapped in a phrase of stance: "wat hem betreft", "in zijn ogen", "als het van X afhangt"
    (
        "nl",
        "Rector Jan Smit wil meer selectie. Wat hem betreft mag er veel strenger geselecteerd worden.",
        "mag er veel strenger geselecteerd worden",
        "Jan Smit",
        "indirect",
        "Wat hem betreft",
        "reported.wrapped",
    ),
    (
        "nl",
        "Bart de Wit maakt zich zorgen. Ziekenhuizen zijn in zijn ogen nog niet klaar voor de winter.",
        "Ziekenhuizen zijn in zijn ogen nog niet klaar voor de winter",
        "Bart de Wit",
        "indirect",
        "in zijn ogen",
        "reported.wrapped",
    ),
    (
        "nl",
        "Als het van minister Anja Peeters afhangt, komt er volgend jaar een nieuwe wet.",
        "komt er volgend jaar een nieuwe wet",
        "Anja Peeters",
        "indirect",
        "Als het van minister Anja Peeters afhangt",
        "reported.wrapped",
    ),
    # more verbs of stance: "liet verstaan", "blijft erbij", "is er zeker van", "bezwoer",
    # "expressed confidence"
    (
        "nl",
        "Partijvoorzitter Paul de Graaf liet verstaan dat zijn partij wil praten.",
        "zijn partij wil praten",
        "Paul de Graaf",
        "indirect",
        "liet verstaan",
        "reported.dat",
    ),
    (
        "nl",
        "Fractievoorzitter Els Bos blijft erbij dat de gemeente moet betalen.",
        "de gemeente moet betalen",
        "Els Bos",
        "indirect",
        "blijft erbij",
        "reported.dat",
    ),
    (
        "nl",
        "De trainer is er zeker van dat zijn ploeg de titel gaat winnen.",
        "zijn ploeg de titel gaat winnen",
        "trainer",
        "indirect",
        "zeker",
        "reported.dat",
    ),
    (
        "en",
        "Chancellor Anna Weber expressed confidence that the parties can reach a deal.",
        "the parties can reach a deal",
        "Anna Weber",
        "indirect",
        "confidence",
        "reported.that",
    ),
    # a whole quote right after "said" at the end of the sentence is what was said
    (
        "en",
        'Senate leader Tom Ross, D-Ore., said "there is a path forward on the budget."',
        "there is a path forward on the budget.",
        "Tom Ross",
        "direct",
        "said",
        "quote.cue_before",
    ),
    # the author's circumstance after "as she announced", and a second cue after a comma
    (
        "en",
        "Minister Jane Hill said the system is out of control as she announced new reforms.",
        "the system is out of control",
        "Jane Hill",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "Treasurer Tom Ford said more money would be in pockets, he warned the state could not pay for it.",
        "the state could not pay for it",
        "Tom Ford",
        "indirect",
        "warned",
        "reported.said",
    ),
    # "p.m." before a weekday ends no sentence
    (
        "en",
        "Chief Bob Lane said the fire grew. By about 3:40 p.m. Tuesday, the fire was at 6,000 acres, "
        "he said.",
        "By about 3:40 p.m. Tuesday, the fire was at 6,000 acres",
        "Bob Lane",
        "indirect",
        "said",
        "reported.cue_after",
    ),
    # nobody spoke yet: "ze" is the name that opened the passage, a few sentences back
    (
        "nl",
        "Anna de Boer verloor dinsdag van Lisa Peeters. Samen wonnen ze vorig jaar nog het dubbelspel. "
        "De Belgische won eenvoudig. Toch was ze niet ontevreden. “Ik heb niet slecht gespeeld”, "
        "vertelde ze.",
        "Ik heb niet slecht gespeeld",
        "Anna de Boer",
        "direct",
        "vertelde",
        "quote.cue_after",
    ),
    # "van der"/"van den" open a surname, also after two given names
    (
        "nl",
        "“Een kind komt voor hulp”, vertelt Anne Marie van der Veen, kinderombudsman.",
        "Een kind komt voor hulp",
        "Anne Marie van der Veen",
        "direct",
        "vertelt",
        "quote.cue_after",
    ),
    # a new name right after the verb of a sentence opening with a time phrase is its subject
    (
        "nl",
        "Twee jaar heeft Sanne Visser moeten wachten op hulp. “Dat voelde alsof ik niet telde.”",
        "Dat voelde alsof ik niet telde.",
        "Sanne Visser",
        "direct",
        None,
        "quote.continuation",
    ),
    # a given name that is also a verb ("Ben", "Wil", "Will") before a surname is a name
    (
        "nl",
        "Ben Weyts was verrast door de vraag. “Vraag niet wat het onderwijs voor u kan doen”, sneerde hij.",
        "Vraag niet wat het onderwijs voor u kan doen",
        "Ben Weyts",
        "direct",
        "sneerde",
        "quote.cue_after",
    ),
    # an English clause after its cue may open with a phrase and its comma; a fronted phrase
    # opening with "Following" has no comma
    (
        "en",
        "Mayor Brian Hale says with the city’s cash crunch, the budget is a balancing act.",
        "with the city’s cash crunch, the budget is a balancing act",
        "Brian Hale",
        "indirect",
        "says",
        "reported.said",
    ),
    (
        "en",
        "Following that meeting Pierre Lamont said the premier has lost control of the budget.",
        "the premier has lost control of the budget",
        "Pierre Lamont",
        "indirect",
        "said",
        "reported.said",
    ),
    # a relative clause holding the cue without a comma before it: the antecedent speaks
    (
        "nl",
        "De boeren lieten zich overhalen door premier Mark Rutte die beloofde dat er geen taboes "
        "zouden zijn.",
        "er geen taboes zouden zijn",
        "Mark Rutte",
        "indirect",
        "beloofde",
        "reported.dat",
    ),
    (
        "nl",
        "De boeren lieten zich overhalen door premier Mark Rutte die beloofde dat er geen taboes "
        "zouden zijn.",
        "De boeren lieten zich overhalen door premier Mark Rutte",
        None,
        "unattributed",
        None,
        "author.statement",
    ),
    # a reported clause inside a subordinate clause: the subject after "nadat", and the clause
    # ends where the main clause's verb follows the comma
    (
        "nl",
        "Nadat de vakbonden hadden aangekondigd dat er maandag gestaakt wordt, dreigde de directie met "
        "juridische stappen.",
        "er maandag gestaakt wordt",
        "vakbonden",
        "indirect",
        "aangekondigd",
        "reported.dat",
    ),
    # a speaker first met as a description of a person, named in the next claim
    (
        "en",
        "The chief executive of Tesco has said food inflation is finally slowing. Ken Murphy said "
        "prices of milk and butter had fallen.",
        "food inflation is finally slowing",
        "Ken Murphy",
        "indirect",
        "said",
        "reported.said",
    ),
    # Dutch compound roles ("brandweerkapitein", "gynaecoloog") before a name, a place's genitive
    # before them
    (
        "nl",
        "“Het water stond twintig centimeter hoog”, zegt Nieuwpoorts brandweerkapitein Richard Vos.",
        "Het water stond twintig centimeter hoog",
        "Richard Vos",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # a given name alone for someone named lately in full
    (
        "nl",
        "Nico Nijs is directeur van de school. “Het voelt vreemd aan”, zegt Nico.",
        "Het voelt vreemd aan",
        "Nico Nijs",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # "Voor <person> <verb> …": the view of the person named; a club or a time is no one's view
    (
        "nl",
        "Voor Geert Wilders kan de minister niet langer aanblijven.",
        "kan de minister niet langer aanblijven",
        "Geert Wilders",
        "indirect",
        "voor",
        "reported.wrapped",
    ),
    (
        "nl",
        "Voor Ajax was het een zware avond in Rotterdam.",
        "Voor Ajax was het een zware avond in Rotterdam.",
        None,
        "unattributed",
        None,
        "author.statement",
    ),
    # what a document says: "In het rapport van X staat dat …", "Op de website van X staat dat …"
    (
        "nl",
        "Maar op de website van Schiphol staat dat er twintig vluchten zijn geannuleerd.",
        "er twintig vluchten zijn geannuleerd",
        "Schiphol",
        "indirect",
        "staat",
        "reported.written",
    ),
    (
        "nl",
        "In de tuin staat een oude boom die de gemeente wil kappen.",
        "In de tuin staat een oude boom die de gemeente wil kappen.",
        None,
        "unattributed",
        None,
        "author.statement",
    ),
    (
        "en",
        "Britain’s junior Brexit minister said he was hopeful about the talks. Steve Baker said "
        "negotiators would agree to move on.",
        "he was hopeful about the talks",
        "Steve Baker",
        "indirect",
        "said",
        "reported.said",
    ),
    # a document named after its organisation speaks for it: "An RFU statement said", "a FEMA
    # news release"
    (
        "en",
        "The club was fined. An RFU statement said: “There is no room for this kind of behaviour.”",
        "There is no room for this kind of behaviour.",
        "RFU",
        "direct",
        "said",
        "quote.cue_before",
    ),
    (
        "en",
        "According to a FEMA news release, about 430 homes were covered by evacuation orders.",
        "about 430 homes were covered by evacuation orders",
        "FEMA",
        "indirect",
        "according to",
        "reported.according",
    ),
    # an organisation named with its article ("De Lijn") is no description of the person in focus
    (
        "nl",
        "‘Er is nog een belbus’, zegt burgemeester Lode Mertens. De Lijn benadrukt dat er "
        "regelmatig contacten zijn met burgemeesters.",
        "er regelmatig contacten zijn met burgemeesters",
        "De Lijn",
        "indirect",
        "benadrukt",
        "reported.dat",
    ),
    (
        "en",
        "Speaking to the BBC, Dr Gibbons said Monday's meeting, in which he was subjected to 30 "
        "minutes of direct questioning, had been fairly constructive.",
        "Monday's meeting, in which he was subjected",
        "Gibbons",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "nl",
        "Peper zei dat de provincies te weinig doen. De minister zit daarmee zelf ,,in de gevarenzone''.",
        "De minister zit daarmee zelf",
        "Peper",
        "indirect",
        None,
        "reported.continuation",
    ),
    (
        "nl",
        "Burgemeester Anna de Vries zei dat het plan goed is. Volgens haar is er geld genoeg. De "
        "bewoners zijn boos. Ze noemen het een forse ingreep.",
        "noemen het een forse ingreep",
        "bewoners",
        "indirect",
        "noemen",
        "reported.naming",
    ),
    (
        "nl",
        "“Ik ben teleurgesteld”, opende Koeman zijn gesprek met BBC Sport.",
        "Ik ben teleurgesteld",
        "Koeman",
        "direct",
        None,
        "quote.mention_after",
    ),
    (
        "nl",
        '"De partij heeft ons verraden," zo begon Kazadi, een van de ouders.',
        "De partij heeft ons verraden",
        "Kazadi",
        "direct",
        None,
        "quote.mention_after",
    ),
    (
        "en",
        "But a planning inspector said it was a logical site for housing.",
        "it was a logical site for housing",
        "planning inspector",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "nl",
        "Dirk Weidema, voorzitter van Milieuplatform IJmuiden, verwacht niet dat Tata Steel de "
        "maatregelen nakomt.",
        "Tata Steel de maatregelen nakomt",
        "Dirk Weidema",
        "indirect",
        "verwacht",
        "reported.dat",
    ),
    (
        "nl",
        "„Daarin is al veel uitgezocht”, zegt de persofficier van justitie.",
        "Daarin is al veel uitgezocht",
        "Openbaar Ministerie",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    (
        "nl",
        "Het OM hoopt op meer ruimte, zei de officier van justitie maandag. Het is een "
        "ongebruikelijke zitting, aldus de officier.",
        "Het is een ongebruikelijke zitting",
        "officier van justitie",
        "indirect",
        "aldus",
        "reported.aldus",
    ),
    (
        "nl",
        "De rechtbank in Den Haag doet op 10 oktober uitspraak. De rechtbank oordeelde dat de "
        "zaak te oud is.",
        "de zaak te oud is",
        "rechtbank in Den Haag",
        "indirect",
        "oordeelde",
        "reported.dat",
    ),
    (
        "nl",
        "De brandweer rukte uit naar de Molenstraat. Een buurtbewoonster werd wakker van gebonk "
        "op de deur. “Toen ik mijn ogen opendeed, zag ik de rook al.”",
        "Toen ik mijn ogen opendeed",
        "buurtbewoonster",
        "direct",
        None,
        "quote.continuation",
    ),
    (
        "nl",
        "Bewoners moesten weg. Het ging om zo’n twintigtal huizen, vertelt de gemeente tegen Omroep Brabant.",
        "Het ging om zo’n twintigtal huizen",
        "gemeente",
        "indirect",
        "vertelt",
        "reported.cue_after",
    ),
    (
        "nl",
        '"Dit is het moment om te laten zien wat we kunnen", hebben de onderhandelaars namens de '
        "vier partijen laten weten.",
        "Dit is het moment",
        "onderhandelaars namens de vier partijen",
        "direct",
        "laten weten",
        "quote.cue_after",
    ),
    (
        "nl",
        "Volgens minister Jo Brouns zijn de boeren ongerust. ‘Het is te vroeg om euforie te "
        "kraaien. We hebben één horde genomen’, zegt de Limburger.",
        "Het is te vroeg om euforie te kraaien",
        "Jo Brouns",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    (
        "nl",
        "Volgens de oppositie heeft premier Alexander De Croo nochtans toestemming gegeven voor de cijfers.",
        "heeft premier Alexander De Croo nochtans toestemming gegeven",
        "oppositie",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    (
        "en",
        "April Mellody, a spokeswoman for the DNC, said in a statement that the team would work "
        "with the police.",
        "the team would work with the police",
        "Mellody",
        "indirect",
        "said",
        "reported.that",
    ),
    (
        "en",
        "Officials say Omar Mateen, the Afghan-American who took the lives of 49 club goers in "
        "Orlando early Sunday morning, held two firearms licenses.",
        "held two firearms licenses",
        "Officials",
        "indirect",
        "say",
        "reported.said",
    ),
    (
        "nl",
        "Asielstaatssecretaris Eric van der Burg is verbaasd. “Ik had daarin echt meer verwacht”,"
        " zegt de staatssecretaris tegen de krant.",
        "Ik had daarin echt meer verwacht",
        "Eric van der Burg",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    (
        "nl",
        "Geert Wilders kwam als laatste binnen. De PVV-voorman zei ook dat het niet zijn term is.",
        "het niet zijn term is",
        "Geert Wilders",
        "indirect",
        "zei",
        "reported.dat",
    ),
    (
        "nl",
        "Oekraïne kan lid worden van de Europese Unie. Dat zei voorzitter van de Europese "
        "Commissie Ursula von der Leyen tegen Euronews.",
        "Oekraïne kan lid worden van de Europese Unie",
        "Ursula von der Leyen",
        "indirect",
        "zei",
        "reported.backward",
    ),
    (
        "en",
        "Cst. John Smith said the charges were laid on Tuesday.",
        "the charges were laid on Tuesday",
        "John Smith",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "nl",
        "“Velen krijgen niets in de bus”, zegt Sarah Thomas van Worldline. Een opgelichte klant kan "
        "bij Worldline altijd de afrekening betwisten. “Wij storten dan zo snel mogelijk het bedrag terug.”",
        "Wij storten dan zo snel mogelijk het bedrag terug",
        "Sarah Thomas",
        "direct",
        None,
        "quote.continuation",
    ),
    (
        "en",
        "Reddy said even now the issue could be resolved by inviting the Opposition.",
        "even now the issue could be resolved",
        "Reddy",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "He said the crossing, where the gully meets the river, often flooded.",
        "the crossing, where the gully meets the river, often flooded",
        None,
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "Reach South Academy Trust said the decision is one that only ministers can take.",
        "the decision is one that only ministers can take",
        "Reach South Academy Trust",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "Smith added with the current labour shortage, businesses have to pay a fair wage.",
        "with the current labour shortage, businesses have to pay",
        "Smith",
        "indirect",
        "added",
        "reported.said",
    ),
    (
        "nl",
        "Volgens buurtbewoners klopt er niets van het betoog van de man.",
        "klopt er niets van het betoog van de man",
        "buurtbewoners",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    (
        "nl",
        "Volgens diplomaten begon Trump pas in de laatste weken van gedachten te veranderen.",
        "begon Trump pas in de laatste weken",
        "diplomaten",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    (
        "en",
        "Ms Harman - a candidate for Labour's deputy leadership - said important plans must first"
        " go to parliament.",
        "important plans must first go to parliament",
        "Harman",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "BERLIN (AP) — A spokeswoman for the party said the discussions have a long way to go.",
        "the discussions have a long way to go",
        "party",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "LONDON (Reuters) - British Prime Minister Theresa May’s meeting was “constructive and "
        "friendly”, her spokesman said.",
        "British Prime Minister Theresa May’s meeting was",
        None,
        "indirect",
        "said",
        "reported.cue_after",
    ),
    (
        "nl",
        "Daarentegen zegt Ton van Amerongen dat veel mensen niet weten dat de containers vol zijn.",
        "veel mensen niet weten",
        "Ton van Amerongen",
        "indirect",
        "zegt",
        "reported.dat",
    ),
    (
        "nl",
        "Gerard Huis in 't Veld zegt dat het een zware boodschap was.",
        "het een zware boodschap was",
        "Gerard Huis in 't Veld",
        "indirect",
        "zegt",
        "reported.dat",
    ),
    (
        "nl",
        "Studenten moeten dan wel meer geld kunnen lenen, zegt P. de Meijer.",
        "Studenten moeten dan wel meer geld kunnen lenen",
        "P. de Meijer",
        "indirect",
        "zegt",
        "reported.cue_after",
    ),
    (
        "en",
        "Thomson Reuters said profit rose. It also said it will buy back stock.",
        "it will buy back stock",
        "Thomson Reuters",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        (
            "Zarif will visit Azerbaijan, the country's foreign ministry spokesperson "
            'Sayyed Abbas Mousavi told Trend. "The visit is on the agenda," said the '
            "spokesperson."
        ),
        "The visit is on the agenda",
        "Sayyed Abbas Mousavi",
        "direct",
        "said",
        "quote.cue_after",
    ),
    (
        "en",
        ('"The impact is disappointing," said chief executive officer (CEO) Michael Sharp in his statement.'),
        "The impact is disappointing",
        "Michael Sharp",
        "direct",
        "said",
        "quote.cue_after",
    ),
    (
        "en",
        "Health Minister Greg Hunt's spokesman said it was disappointing.",
        "it was disappointing",
        "Health Minister Greg Hunt's spokesman",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        ("David Cameron spoke on Monday. Cameron's official spokesman said it was disappointing."),
        "it was disappointing",
        "Cameron's official spokesman",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "Members of Pakistani opposition parties say they want early general elections.",
        "they want early general elections",
        "Members of Pakistani opposition parties",
        "indirect",
        "say",
        "reported.said",
    ),
    (
        "nl",
        (
            "Bij een ongeluk raakte een fietser gewond. Dat meldt incidentenfotograaf "
            "Rick ten Cate van tencatefotografie."
        ),
        "Bij een ongeluk raakte een fietser gewond.",
        "Rick ten Cate",
        "indirect",
        "meldt",
        "reported.backward",
    ),
    (
        "en",
        "Crime reporter Jane Doyle said the trial would resume on Monday.",
        "the trial would resume on Monday",
        "Jane Doyle",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        (
            "Keith Bristow, the chief constable, has defended his officers and has now "
            "reported the matter to the IPCC. He said: “The allegation is extremely "
            "serious.”"
        ),
        "The allegation is extremely serious.",
        "Keith Bristow",
        "direct",
        "said",
        "quote.cue_before",
    ),
    (
        "nl",
        (
            "Wethouder Anna Bouw was er ook. Vol vuur betoogde ze dat het heel triest is "
            "dat de wachtlijst is opgelopen."
        ),
        "het heel triest is dat de wachtlijst is opgelopen",
        "Anna Bouw",
        "indirect",
        "betoogde",
        "reported.dat",
    ),
    (
        "nl",
        (
            "Staatssecretaris Ingrid Coenradie is in een storm terechtgekomen. Waar "
            "Coenradie pleit voor vrijlating, willen PVV, VVD en BBB juist meer "
            'gedetineerden in één cel. "Ik laat me er niet door afleiden", zegt de '
            "staatssecretaris."
        ),
        "Ik laat me er niet door afleiden",
        "Ingrid Coenradie",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    (
        "nl",
        "De directeur van het ziekenhuis zei dat de zorg goed was.",
        "de zorg goed was",
        "directeur van het ziekenhuis",
        "indirect",
        "zei",
        "reported.dat",
    ),
    (
        "en",
        (
            "The governor of the Bank of England has told Sky News he expects inflation "
            "to fall. Andrew Bailey made the comments after interest rates were "
            "increased. The governor said around 85% of mortgages are on fixed rates."
        ),
        "around 85% of mortgages are on fixed rates",
        "Andrew Bailey",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        (
            "Frustrated passengers expressed their outrage after Spirit Airlines "
            "canceled their flights. The company said it is working on getting back on "
            "track."
        ),
        "it is working on getting back on track",
        "Spirit Airlines",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "nl",
        (
            "Er was een beving in de Egeïsche Zee. In het westen van Turkije kwamen "
            "zeker 24 mensen om het leven, melden de Turkse autoriteiten."
        ),
        "In het westen van Turkije kwamen zeker 24 mensen om het leven",
        "Turkse autoriteiten",
        "indirect",
        "melden",
        "reported.cue_after",
    ),
    (
        "en",
        "Dozens were killed, the Turkish authorities said.",
        "Dozens were killed",
        "Turkish authorities",
        "indirect",
        "said",
        "reported.cue_after",
    ),
    (
        "nl",
        ("De huizenprijzen stijgen. Dan gaat het volgens DNB om plussen van bijna 4 en 2,5 procent."),
        "Dan gaat het volgens DNB om plussen van bijna 4 en 2,5 procent",
        "Nederlandsche Bank",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    (
        "nl",
        (
            "Eerste minister Alexander De Croo en minister van Werk en Economie "
            "Pierre-Yves Dermagne hebben de vakbonden ontmoet. Het gaat daarbij volgens "
            "de vakbonden om zowat 2.900 werknemers van de autofabriek."
        ),
        ("Het gaat daarbij volgens de vakbonden om zowat 2.900 werknemers van de autofabriek"),
        "vakbonden",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    (
        "nl",
        (
            "De Algemene Inlichtingen- en Veiligheidsdienst (AIVD) onderzoekt een oproep "
            "van een terrorist. Dat heeft de dienst gezegd."
        ),
        ("De Algemene Inlichtingen- en Veiligheidsdienst (AIVD) onderzoekt een oproep van een terrorist."),
        "Veiligheidsdienst",
        "indirect",
        "gezegd",
        "reported.backward",
    ),
    (
        "en",
        ("Senator Jones spoke on Monday. Residents who attended the meeting said they were angry."),
        "they were angry",
        "Residents",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "nl",
        (
            "Vlaamse woonzorgcentra zullen de komende weken geen bezoekers toelaten. Dat "
            "zegt Vlaams Minister van Welzijn Wouter Beke (CD&V)."
        ),
        "Vlaamse woonzorgcentra zullen de komende weken geen bezoekers toelaten.",
        "Wouter Beke",
        "indirect",
        "zegt",
        "reported.backward",
    ),
    (
        "en",
        (
            "Senator Jones spoke on Monday. An economic downturn, he said, “could be a "
            "good time to borrow and pay off debt.”"
        ),
        "An economic downturn, he said",
        "Jones",
        "indirect",
        "said",
        "reported.inserted",
    ),
    (
        "nl",
        (
            "De man werd veroordeeld. “Mijn cliënt moest een maand lang "
            "astronautenvoeding eten”, zei de advocaat van het slachtoffer."
        ),
        "Mijn cliënt moest een maand lang astronautenvoeding eten",
        "advocaat van het slachtoffer",
        "direct",
        "zei",
        "quote.cue_after",
    ),
    (
        "nl",
        (
            "“Mijn cliënt moest vloeibaar voedsel eten”, zei de advocaat van het "
            "slachtoffer. De beklaagde ontkent. Volgens de advocaat van de verdachte is "
            "er geen enkel bewijs."
        ),
        "is er geen enkel bewijs",
        "advocaat van de verdachte",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a party member's word before the name is a role: "PvdA’er Gijs van Dijk"
    (
        "nl",
        ("Het kabinet wil de regels aanpassen. PvdA’er Gijs van Dijk vindt dat de plannen niet deugen."),
        "de plannen niet deugen",
        "Gijs van Dijk",
        "indirect",
        "vindt",
        "reported.dat",
    ),
    # a singular head ending in a long vowel and -s is no plural: "de NAVO-baas" is the one just named
    (
        "nl",
        (
            "Voor Jens Stoltenberg naar Brussel trok, had hij een ontmoeting met de "
            "president. De NAVO-baas beklemtoonde ook dat een sterke NAVO belangrijk is."
        ),
        "een sterke NAVO belangrijk is",
        "Jens Stoltenberg",
        "indirect",
        "beklemtoonde",
        "reported.dat",
    ),
    # "a union", "het ziekenhuis": the name of that kind in the text around, before or just after
    (
        "en",
        (
            "Bus drivers in London are so exhausted they are a danger to passengers, a "
            "union has said.\n\nUnite plans to ballot its 20,000 members."
        ),
        "Bus drivers in London are so exhausted",
        "Unite",
        "indirect",
        "said",
        "reported.cue_after",
    ),
    (
        "nl",
        (
            "De Ziekenhuisgroep Twente is in gesprek met zorgverzekeraar Zilveren Kruis. "
            "Er zijn volgens het ziekenhuis nog geen patiënten in de knel."
        ),
        "nog geen patiënten in de knel",
        "Ziekenhuisgroep Twente",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a surname alone as a new subject, capitalised inside a sentence too, takes the quote after it
    (
        "nl",
        (
            'Begijn geniet vandaag nog na. "Als je ooit een wolf mag zien, is dat een '
            'wauw-moment." Angst had Begijn niet.'
        ),
        "Als je ooit een wolf mag zien",
        "Begijn",
        "direct",
        None,
        "quote.continuation",
    ),
    # a day after the source closing the sentence is no part of the source
    (
        "nl",
        (
            "Minister Jeanine Hennis van Defensie wist niet van de brandbrief. Ze kunnen "
            "veilig op missie gaan, aldus de minister vrijdag."
        ),
        "Ze kunnen veilig op missie gaan",
        "Jeanine Hennis",
        "indirect",
        "aldus",
        "reported.aldus",
    ),
    # a verb that is also a noun is a cue after a comma with a short source closing the sentence
    (
        "nl",
        "De werkloosheid zal waarschijnlijk nog maar weinig verder dalen, verwacht ABN AMRO.",
        "De werkloosheid zal waarschijnlijk",
        "ABN AMRO",
        "indirect",
        "verwacht",
        "reported.cue_after",
    ),
    # a short name is the organisation named fuller just before: "LTO" after "LTO Noord"
    (
        "nl",
        (
            "Een bestuurder van boerenbelangenorganisatie LTO Noord bedankte de "
            "provincie. “We weten dat de provincie niet veel kan doen”, vulde een "
            "LTO-woordvoerder aan."
        ),
        "We weten dat de provincie niet veel kan doen",
        "LTO Noord",
        "direct",
        "vulde aan",
        "quote.cue_after",
    ),
    # an unnamed person by a role and whose or where it is keeps it: "een bewoner van de flat"
    (
        "nl",
        (
            "Er brak brand uit in de flat. “En ineens hoorde ik een megafoon van de "
            "politie”, zegt een bewoner van de flat."
        ),
        "En ineens hoorde ik een megafoon",
        "bewoner van de flat",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    (
        "nl",
        "Volgens de organisatoren van de betoging waren er 500 mensen.",
        "waren er 500 mensen",
        "organisatoren van de betoging",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # "a spokesman for X" is X, and "he" in the next sentence is X too
    (
        "en",
        (
            "A spokesman for the South East Coast Ambulance Service said the incident "
            "involved two cars.\n\nHe added: “One ambulance crew attended the scene.”"
        ),
        "One ambulance crew attended the scene.",
        "South East Coast Ambulance Service",
        "direct",
        "added",
        "quote.cue_before",
    ),
    # "the building society" points back at the organisation in focus
    (
        "en",
        (
            "UK house prices fell at their fastest annual pace for nearly 14 years in "
            "May, the Nationwide has said.\n\nThe building society said prices in the year "
            "to May fell by 3.4%."
        ),
        "prices in the year to May fell by 3.4%",
        "Nationwide",
        "indirect",
        "said",
        "reported.said",
    ),
    # a spokesperson has no portfolio: "for Transport for London" is the organisation, whole
    (
        "en",
        (
            "A spokesman for Transport for London said the network was working with "
            'operators.\n\nHe added: "We take driver fatigue extremely seriously."'
        ),
        "We take driver fatigue extremely seriously.",
        "Transport for London",
        "direct",
        "added",
        "quote.cue_before",
    ),
    # a country opening the clause is no "the union" closing it
    (
        "en",
        (
            "Workers’ interests should be strengthened in takeovers – Unite\n\nUK firms "
            "are susceptible to unwanted hostile takeover bids, the union has warned."
        ),
        "UK firms are susceptible to unwanted hostile takeover bids",
        "Unite",
        "indirect",
        "warned",
        "reported.cue_after",
    ),
    # "de winkelketen" is no plural, and no person described ("een winkelbediende") is it
    (
        "nl",
        (
            "Delhaize verzelfstandigt vijftien winkels. Het gaat om de vestigingen van "
            "Ieper, Izegem, Knokke en Recogne. “Langdurig zieke medewerkers gaan "
            "vanzelfsprekend mee over”, aldus de winkelketen."
        ),
        "Langdurig zieke medewerkers gaan vanzelfsprekend mee over",
        "Delhaize",
        "direct",
        "aldus",
        "quote.cue_after",
    ),
    # "the chief executive of the health board" is a person of that organisation, whom the next sentence names
    (
        "en",
        (
            "The interim chief executive of the health board has admitted waiting times "
            "are not good enough.\n\nInterim chief executive Carol Shillabeer also said "
            "plans might need to be scaled down."
        ),
        "waiting times are not good enough",
        "Carol Shillabeer",
        "indirect",
        "admitted",
        "reported.said",
    ),
    # a Dutch surname with its particle ("De Jonge", not a noun like "De Lijn") is a person
    (
        "nl",
        (
            "„Een hernieuwde kennismaking”, noemde De Jonge het debat. De gesprekken die "
            "de CDA-bewindsman heeft gevoerd leveren hem een opdracht op.\n\nVolgens de "
            "woonminister is er een kentering nodig."
        ),
        "is er een kentering nodig",
        "De Jonge",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # an organisation's name goes on in lower case up to the acronym of its words
    (
        "nl",
        (
            "Volgens het Centraal Orgaan opvang asielzoekers (COA) hebben ongeveer "
            "driehonderd mensen buiten geslapen."
        ),
        "hebben ongeveer driehonderd mensen buiten geslapen",
        "Centraal Orgaan opvang asielzoekers",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a quote after a colon belongs to the subject of the sentence the colon closes
    (
        "nl",
        (
            "De woordvoerster van het Russische ministerie van Buitenlandse Zaken vraagt "
            "zich af of Stoltenberg spreekt als bankier: “Ik ben er nog niet achter.”"
        ),
        "Ik ben er nog niet achter.",
        "Russische ministerie van Buitenlandse Zaken",
        "direct",
        None,
        "quote.colon",
    ),
    # a person's spokesperson in the Dutch genitive ("Trumps woordvoerster") is that spokesperson
    (
        "nl",
        "President Donald Trump was blij. Trumps woordvoerster zei dat het een goede nacht was.",
        "het een goede nacht was",
        "Trumps woordvoerster",
        "indirect",
        "zei",
        "reported.dat",
    ),
    # a participle that qualifies a role opens the phrase: "Acting chairman Murray Lawrence"
    (
        "en",
        ("Acting chairman Murray Lawrence said he wanted to bring a strong and respected team together."),
        "he wanted to bring a strong and respected team together",
        "Murray Lawrence",
        "indirect",
        "said",
        "reported.said",
    ),
    # a word of no known class opening a Dutch sentence is no subject when a name follows the verb
    # right before "dat"
    (
        "nl",
        "Concreet stelt Test Aankoop dat een modaal gezin 780 euro betaalt.",
        "een modaal gezin 780 euro betaalt",
        "Test Aankoop",
        "indirect",
        "stelt",
        "reported.dat",
    ),
    # a spokesperson of a kind of organisation, then its name, in small letters too
    (
        "nl",
        (
            "De nieuwe importheffingen zijn slecht voor de handelsrelatie met de "
            "Verenigde Staten, reageert een woordvoerder van belangenorganisatie "
            "evofenedex."
        ),
        "De nieuwe importheffingen zijn slecht",
        "evofenedex",
        "indirect",
        "reageert",
        "reported.cue_after",
    ),
    # a lawyer who speaks again as someone's lawyer is the one who spoke, not the lawyer of that lawyer
    (
        "nl",
        "De man werd opnieuw betrapt. “Mijn cliënt is niet verslaafd”, zegt zijn advocaat. “Toch is mijn"
        " cliënt een sociaal drinker”, zegt zijn advocaat.",
        "Toch is mijn cliënt een sociaal drinker",
        "advocaat",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # a name's initial before a source inside the clause: the whole sentence is the source's
    (
        "nl",
        "Na een zware werkweek gaat T. volgens de politie wel eens de fout in.",
        "gaat T. volgens de politie wel eens de fout in",
        "politie",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a wire dateline with a month's abbreviation and an agency: the subject follows it
    (
        "en",
        "Bhubaneswar, Nov 15 (PTI) The Congress party on Monday said it will oppose the presence of the"
        " minister.",
        "it will oppose the presence of the minister",
        "Congress party",
        "indirect",
        "said",
        "reported.said",
    ),
    # a month's abbreviation before a day is a date, not a person a pronoun can point at ("explained on Nov.
    # 25")
    (
        "en",
        "“We wanted to move forward,” Michelle Sanson, director of planning, explained on Nov. 25. Normally"
        " the city brings it to council for review. If council agrees with it, the city moves"
        " ahead.\n\nThere have been a couple of times when recommendations have come to council, he said.",
        "There have been a couple of times when recommendations have come to council",
        "Michelle Sanson",
        "indirect",
        "said",
        "reported.cue_after",
    ),
    # an organisation described before it is named: the acronym opening the next sentence ("een woordvoerder
    # van de spoorwegmaatschappij. De NMBS zet …")
    (
        "nl",
        "Tot zeven uur vielen tientallen treinen uit, zo bevestigde een woordvoerder van de"
        " spoorwegmaatschappij. De NMBS zet vervangende bussen in.",
        "Tot zeven uur vielen tientallen treinen uit",
        "NMBS",
        "indirect",
        "bevestigde",
        "reported.cue_after",
    ),
    # a preposition opening the sentence is no name ("Despite his frustration, Guardiola was magnanimous: …")
    (
        "en",
        'Despite his evident frustration, Guardiola was magnanimous in defeat: "Big congratulations to'
        ' Liverpool."',
        "Big congratulations to Liverpool.",
        "Guardiola",
        "direct",
        None,
        "quote.colon",
    ),
    # a minister's portfolios joined by 'en' stay the portfolio, not a second name ("Faber van Asiel en
    # Migratie zei")
    (
        "nl",
        "PVV-minister Faber van Asiel en Migratie zei dat er discussie was geweest.",
        "er discussie was geweest",
        "Faber",
        "indirect",
        "zei",
        "reported.dat",
    ),
    # an English adverb in -ly opening the sentence is no name ("Shortly before 3pm, Judge Mousley … said: …")
    (
        "en",
        'Shortly before 3pm, Judge Mousley called the jurors in and said: "Let me give you an explanation."',
        "Let me give you an explanation.",
        "Mousley",
        "direct",
        None,
        "quote.colon",
    ),
    # a business description after a name not known as anyone's is that business ("Holten Meat workers pack …
    # The company said")
    (
        "en",
        "The strike began on Monday. Holten Meat workers pack and ship frozen beef patties to local"
        " supermarkets. The company said it will remain open during the strike.",
        "it will remain open during the strike",
        "Holten Meat",
        "indirect",
        "said",
        "reported.said",
    ),
    # a description of a person with no name near it is the one person the article names with that role,
    # wherever ("zegt de minister" … "minister Demir")
    (
        "nl",
        "“Ik ga niet naar de top als er niks uit de bus komt”, zegt de minister.\n\nDe klimaattop begint"
        " maandag in Glasgow. Er worden honderd landen verwacht. De Vlaamse regering heeft nog geen"
        " standpunt.\n\nIn antwoord op vragen in het parlement liet minister Demir weten dat ze de top"
        " belangrijk vindt.",
        "Ik ga niet naar de top als er niks uit de bus komt",
        "Demir",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # but a spokesman for a minister is not the minister ("spokesman for Federal Health Minister Greg Hunt")
    (
        "en",
        "A spokesman for Federal Health Minister Greg Hunt said the Coalition was delivering more funding."
        " Later in the day, Health Minister Greg Hunt visited a hospital.",
        "the Coalition was delivering more funding",
        "spokesman for Federal Health Minister Greg Hunt",
        "indirect",
        "said",
        "reported.said",
    ),
    # a Dutch '-bureau' is an organisation ("blijkt uit onderzoek van zorgdatabureau Vektis")
    (
        "nl",
        "De meeste Zeeuwen zijn trouw aan hun verzekeraar, blijkt uit onderzoek van zorgdatabureau Vektis.",
        "De meeste Zeeuwen zijn trouw aan hun verzekeraar",
        "zorgdatabureau Vektis",
        "indirect",
        "blijkt uit",
        "reported.evidence",
    ),
    # what a document shows after a comma and 'zo' ("…, zo blijkt uit cijfers van het CBS.")
    (
        "nl",
        "Het aantal daklozen is gestegen, zo blijkt uit cijfers van het CBS.",
        "Het aantal daklozen is gestegen",
        "Centraal Bureau voor de Statistiek (CBS)",
        "indirect",
        "blijkt uit",
        "reported.evidence",
    ),
    # a main clause of its own after a comma, opened by 'volgens' and its verb ("…, volgens hem voert de
    # gemeente …")
    (
        "nl",
        "Wim Leewis van FNV Lokaal is medeorganisator, volgens hem voert de gemeente Rotterdam een politiek"
        " beleid.",
        "voert de gemeente Rotterdam een politiek beleid",
        "Wim Leewis",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a clause opened by 'hoe'/'of' that is the subject of a main clause is a claim before its cue ("Hoe lang
    # ze moeten wachten is niet te meten, zegt …")
    (
        "nl",
        "Hoe lang ze moeten wachten is niet eenvoudig te meten, zegt Jan Nieukerke.",
        "Hoe lang ze moeten wachten is niet eenvoudig te meten",
        "Jan Nieukerke",
        "indirect",
        "zegt",
        "reported.cue_after",
    ),
    # a name with an organisation by its kind after it ("Guy Adams of the trust said …")
    (
        "en",
        "Guy Adams of the trust said he was amazed to discover the appeal.",
        "he was amazed to discover the appeal",
        "Guy Adams",
        "indirect",
        "said",
        "reported.said",
    ),
    # a dateline with a number in its agency and a minus sign ("PHOENIX (3TV/CBS 5) − According to …")
    (
        "en",
        "PHOENIX (3TV/CBS 5) − According to the Phoenix Police Department, a driver is dead after he ran a"
        " red light.",
        "a driver is dead after he ran a red light",
        "Phoenix Police Department",
        "indirect",
        "according to",
        "reported.according",
    ),
    # whom a tell verb names and then circumstances may follow the cue after the claim ("…, the Commissioner
    # told reporters in a press conference on Thursday night.")
    (
        "en",
        "Commissioner Ylva Johansson met the ministers. Migration policy had long been seen as a toxic"
        " topic, the Commissioner told reporters in a press conference on Thursday night.",
        "Migration policy had long been seen as a toxic topic",
        "Ylva Johansson",
        "indirect",
        "told",
        "reported.cue_after",
    ),
    # a dash typed as two hyphens is one dash: an aside between them, a dateline before one ("Local 1584 -- a
    # union of mechanics -- said")
    (
        "en",
        "Jerry Gutierrez, a business representative with Local 1584 -- a union of mechanics -- said his"
        " members raised concerns about asbestos.",
        "his members raised concerns about asbestos",
        "Jerry Gutierrez",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "en",
        "ATLANTA -- Health officials said Wednesday 11 suspected cases of a mysterious flulike illness have"
        " emerged in the United States.",
        "11 suspected cases of a mysterious flulike illness have emerged in the United States",
        "Health officials",
        "indirect",
        "said",
        "reported.said",
    ),
    # an aside between dashes after an opening phrase and its comma ("In his response to the budget, Corbyn –
    # it is … – said")
    (
        "en",
        "In his response to the budget, Corbyn – it is the leader of the opposition who traditionally"
        " speaks – said Hammond had failed to tackle the crisis.",
        "Hammond had failed to tackle the crisis",
        "Corbyn",
        "indirect",
        "said",
        "reported.said",
    ),
    # a minister of another portfolio is another person ("de minister van Justitie" after "minister Faber van
    # Asiel en Migratie")
    (
        "nl",
        "PVV-minister Faber van Asiel en Migratie zei dinsdag dat de procedures korter moeten. Het is"
        ' druk.\n\n"Het plan is onuitvoerbaar", zegt de minister van Justitie.',
        "Het plan is onuitvoerbaar",
        "minister van Justitie",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # a quote after a comma that carries on the sentence's own words is a mixed quote: the clause whole is
    # indirect ("Dat zij … is, “betekent niet …”, zegt Jesse Klaver")
    (
        "nl",
        'Dat zij een regeringspartner van Wilders is, "betekent niet dat je valse beschuldigingen hoeft te'
        ' accepteren", zegt Jesse Klaver.',
        'Dat zij een regeringspartner van Wilders is, "betekent niet dat je valse beschuldigingen hoeft te'
        ' accepteren"',
        "Jesse Klaver",
        "indirect",
        "zegt",
        "reported.cue_after",
    ),
    # a judge by their title is 'the judge' from then on ("Mr Justice Edis said" … "The judge said")
    (
        "en",
        'Mr Justice Edis said: "His absence is not evidence." The trial has lasted three weeks. The jury'
        " retired this afternoon. Nobody knows when it will return.\n\nThe judge said jurors needed to"
        " consider the charges.",
        "jurors needed to consider the charges",
        "Justice Edis",
        "indirect",
        "said",
        "reported.said",
    ),
    # who made a document after its participle and circumstances ("according to a statement released Tuesday
    # evening by the Monroe County Water Authority")
    (
        "en",
        "Drinking water was found to contain harmful bacteria, according to a statement released Tuesday"
        " evening by the Monroe County Water Authority.",
        "Drinking water was found to contain harmful bacteria",
        "Monroe County Water Authority",
        "indirect",
        "according to",
        "reported.according",
    ),
    # a closing quote and then only who said it closes the claim as a comma would ("… odours” it said.")
    (
        "en",
        "The Care Quality Commission inspected the home in May. Residents in shared rooms had very little"
        " privacy and often had “no protection from noises or unpleasant odours” it said.",
        "Residents in shared rooms had very little privacy and often had",
        "Care Quality Commission",
        "indirect",
        "said",
        "reported.cue_after",
    ),
    # a party's member as a description is the person the passage is about ("The Conservative said" after
    # "Keith Aspden …")
    (
        "en",
        "Keith Aspden defended the plan at the meeting. The Conservative said that he understood the views"
        " of some councillors.",
        "he understood the views of some councillors",
        "Keith Aspden",
        "indirect",
        "said",
        "reported.that",
    ),
    # "naar eigen zeggen" after an inverted subject: the subject right before it speaks
    (
        "nl",
        "Na de vergadering had de wethouder Karin Smit naar eigen zeggen nog kort overleg met de ambtenaren.",
        "nog kort overleg",
        "Karin Smit",
        "indirect",
        "naar eigen zeggen",
        "reported.own_account",
    ),
    # "Dat blijkt uit <document> van X": X, whose the document is, said the sentence before
    (
        "nl",
        "Het aantal lege winkelpanden is vorig jaar gestegen. Dat blijkt uit een inventarisatie van "
        "de Kamer van Koophandel.",
        "Het aantal lege winkelpanden",
        "Kamer van Koophandel",
        "indirect",
        "blijkt uit",
        "reported.backward",
    ),
    # "verwacht" (also a noun) is a verb after a name's bracket and before "wel dat"
    (
        "nl",
        "Wethouder Anna de Boer (Financiën) verwacht wel dat de begroting dit jaar sluitend wordt.",
        "de begroting dit jaar sluitend wordt",
        "Anna de Boer",
        "indirect",
        "verwacht",
        "reported.dat",
    ),
    # "zijn" after a preposition is a possessive, not the auxiliary the subject stands before
    (
        "nl",
        "Burgemeester Jan Peters heeft tijdens zijn toespraak in het stadhuis gezegd dat de nieuwe "
        "brug er in 2027 ligt.",
        "de nieuwe brug er in 2027 ligt",
        "Jan Peters",
        "indirect",
        "gezegd",
        "reported.dat",
    ),
    # a verb between a name and a title ends the name: "Ms Harris thanked Councillor Brown"
    (
        "en",
        "Ms Harris thanked Councillor Brown but said she had serious concerns about the budget for "
        "next year.",
        "she had serious concerns",
        "Harris",
        "indirect",
        "said",
        "reported.said",
    ),
    # an organisation's name goes on after "voor"/"van" in a word or two, and "en" one more
    (
        "nl",
        'Het Nederlands Instituut voor Sport en Bewegen maakt zich zorgen over de jeugd. "Kinderen '
        'bewegen steeds minder, en dat is een groot probleem", zegt een woordvoerder.',
        "Kinderen bewegen steeds minder",
        "Nederlands Instituut voor Sport en Bewegen",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # "the top … official" is one person, named in the next sentence with another title
    (
        "en",
        "Fuel prices will rise again this winter, the top federal energy official told lawmakers "
        "on Tuesday.\n\nEnergy Secretary Maria Lopez said the increase would be smaller than last "
        "year.",
        "Fuel prices will rise again",
        "Maria Lopez",
        "indirect",
        "told",
        "reported.cue_after",
    ),
    # a relative clause after an object names who speaks: "…, who claimed", "Labour, which said"
    (
        "en",
        "The driver denies assaulting Tom Reeves, who claimed he had been punched twice in the face.",
        "he had been punched twice",
        "Tom Reeves",
        "indirect",
        "claimed",
        "reported.said",
    ),
    # an organisation by its name, then "which said"
    (
        "en",
        "The decision is a blow for Unison, which said it would appeal against the ruling next month.",
        "it would appeal against the ruling",
        "Unison",
        "indirect",
        "said",
        "reported.said",
    ),
    # "Dat maakte X bekend" opening a paragraph points back at the whole paragraph before
    (
        "nl",
        "Bakkerij Jansen sluit\n\nBakkerij Jansen sluit volgend jaar drie winkels in Utrecht. Het "
        "gaat om de filialen in Overvecht, Lunetten en Zuilen.\n\nDat maakte Bakkerij Jansen "
        "dinsdag bekend. De winkels in Amersfoort blijven open.",
        "sluit volgend jaar drie winkels",
        "Bakkerij Jansen",
        "indirect",
        "maakte bekend",
        "reported.backward",
    ),
    # "Mr X's spokesman": a title makes the owner a person, and the spokesman speaks
    (
        "en",
        "Mr Hammond’s official spokesman said the minister would not comment on the leaked report.",
        "the minister would not comment",
        "Mr Hammond’s official spokesman",
        "indirect",
        "said",
        "reported.said",
    ),
    # a company by its name and legal form ("Tecan Group AG"), never "AG"
    (
        "en",
        "Shares of Norden Group AG fell sharply on Tuesday. The company said orders from carmakers "
        "had slowed.",
        "orders from carmakers had slowed",
        "Norden Group AG",
        "indirect",
        "said",
        "reported.said",
    ),
    # a newspaper after "de krant" is named by its name
    (
        "nl",
        "Volgens de krant De Morgen gaat het om vier agenten die van diefstal worden verdacht.",
        "gaat het om vier agenten",
        "De Morgen",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # "Morgen" inside a name is no adverb
    (
        "nl",
        "De Morgen meldt dat het om vier agenten gaat die van diefstal worden verdacht.",
        "het om vier agenten gaat",
        "De Morgen",
        "indirect",
        "meldt",
        "reported.dat",
    ),
    # a Dutch phrase ends at its noun before an adjective the word list does not know ("ordelijk")
    (
        "nl",
        "Verder zijn de verkiezingen volgens de waarnemers ordelijk verlopen in het hele land.",
        "de verkiezingen",
        "waarnemers",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a quote nobody speaks before or after belongs to the person named just before
    (
        "nl",
        "Schapen gedood\n\nIedere nacht rijdt schapenhouder Wout Verstraten uit Boekel langs zijn "
        "kudde. Hij heeft zo'n vijftig schapen. \"Ik schrik wakker van bezorgdheid. Dan ga ik toch "
        'maar even kijken."',
        "Ik schrik wakker van bezorgdheid",
        "Wout Verstraten",
        "direct",
        None,
        "quote.named_before",
    ),
    # a heading "Name: “…”" with a particle in the name is that person's
    (
        "nl",
        'Pieter de Boer: "We moeten nu ingrijpen"\n\nING gaat 2000 banen schrappen in Nederland. Dat '
        "maakte de bank dinsdag bekend.",
        "We moeten nu ingrijpen",
        "Pieter de Boer",
        "direct",
        None,
        "quote.heading",
    ),
    # the antecedent of "which said" stays in the author's clause
    (
        "en",
        "The move is a blow for Unite, which said it would fight every job loss at the plant in Kent.",
        "blow for Unite",
        None,
        "unattributed",
        None,
        "author.statement",
    ),
    # a possessive spokesman is known by "spokesman" alone: "the top … official" is someone else
    (
        "en",
        "Mr Hammond's official spokesman said the government was monitoring the situation closely. "
        "The top regional health official told reporters the closures would not affect patient "
        "care. County health director Maria Lopez said the hospitals had enough stock.",
        "the closures would not affect",
        "Maria Lopez",
        "indirect",
        "told",
        "reported.said",
    ),
    # 'het bedrijf' with no organisation known: the name the passage keeps coming back to
    (
        "nl",
        "Oud-minister Karel Janssens zit in de adviesraad van Northwind, net als oud-premier Jan "
        "Peeters van Northwind. Het bedrijf wijst erop dat het de raad nodig heeft om voeling te "
        "houden met de politiek.",
        "de raad nodig heeft",
        "Northwind",
        "indirect",
        "wijst erop",
        "reported.dat",
    ),
    # 'the company' with no organisation known: the name read most often before
    (
        "en",
        "A Northwind data leak may have exposed the records of 20,000 patients, chief executive Mary "
        "Jones wrote in a letter to Northwind customers. The company said no payment data was lost.",
        "no payment data was lost",
        "Northwind",
        "indirect",
        "said",
        "reported.said",
    ),
    # a surname that opens a sentence with its particle ('Van Peteghem had …') is the new subject
    # a pronoun after it points at
    (
        "nl",
        "„We hebben alles gedaan”, zei Koeman na afloop. Van Peteghem had er geen moeite mee dat de "
        "goal werd afgekeurd. „Die man ziet alles”, stelde hij.",
        "Die man ziet alles",
        "Van Peteghem",
        "direct",
        "stelde",
        "quote.cue_after",
    ),
    # a person named with a title ('Mayor John Smith') is nobody's company: 'the company' stays a
    # description
    (
        "en",
        "Mayor John Smith Tuesday said the contract would be paused. The company Monday announced it "
        "would cut 500 jobs.",
        "it would cut 500 jobs",
        "company",
        "indirect",
        "announced",
        "reported.said",
    ),
    # the name a passage comes back to is no common word opening its sentences ('Shares … Shares
    # …')
    (
        "en",
        "Shares in housebuilder Northwind fell again today after a profits warning. Shares lost 5% of "
        "their value in early trading. In a statement the company said its order book is down 26%.",
        "its order book is down 26%",
        "Northwind",
        "indirect",
        "said",
        "reported.said",
    ),
    # 'het bedrijf': a name after a preposition other than 'van' is a place, and 'Northwind-
    # klanten' names Northwind
    (
        "nl",
        "Gisteren meldden zich tienduizenden klanten in Antwerpen en Gent met problemen. In Antwerpen "
        "viel ook de tv van Northwind-klanten uit. Daarop reageerde het bedrijf dat het om een "
        "algemeen probleem ging.",
        "een algemeen probleem ging",
        "Northwind",
        "indirect",
        "reageerde",
        "reported.dat",
    ),
    # 'de advocaat' after 'de advocaat van Jan Peters' is that lawyer, not Jan Peters: a role's
    # head is read before whose it is ('Peters' is no plural)
    (
        "nl",
        "Volgens de advocaat van Jan Peters is zijn cliënt niet verslaafd. „Mijn cliënt durft alleen "
        "niet te stoppen”, zei de advocaat.",
        "Mijn cliënt durft alleen",
        "advocaat van Jan Peters",
        "direct",
        "zei",
        "quote.cue_after",
    ),
    # 'State Coroner Teresa Smith': a speech verb's form ('state') that titles a role is part of
    # the name, so the coordinated 'and said' has its subject
    (
        "en",
        "State Coroner Teresa Smith made 28 recommendations following the inquiry and said it was "
        "remarkable more people were not killed.",
        "it was remarkable more people",
        "Teresa Smith",
        "indirect",
        "said",
        "reported.said",
    ),
    # 'Capt.', 'Cmdr.', 'Maj.' written with a capital are abbreviations, not sentence ends
    (
        "en",
        "Crews were tamping down hotspots in the hills, said Ventura County Fire Capt. Steve Kaufmann.",
        "tamping down hotspots",
        "Steve Kaufmann",
        "indirect",
        "said",
        "reported.cue_after",
    ),
    # 'van die veiligheidsregio': after a preposition 'die' is a demonstrative, not a relative
    # pronoun
    (
        "nl",
        "Jan Bakker van die veiligheidsregio bevestigt dat de kuststrook het hardst getroffen is.",
        "de kuststrook het hardst",
        "Jan Bakker",
        "indirect",
        "bevestigt",
        "reported.dat",
    ),
    # 'Dat meldt X, dat …': after the fronted object 'Dat' the ', dat' is a relative pronoun; the
    # sentence points back
    (
        "nl",
        "In 2017 is de gemiddelde huurprijs voor het eerst boven de 600 euro gestegen. Dat meldt de "
        "Huurdersbond, dat zijn jaarverslag online heeft gezet.",
        "de gemiddelde huurprijs voor het eerst",
        "Huurdersbond",
        "indirect",
        "meldt",
        "reported.backward",
    ),
    # 'de president van de Franse centrale bank François …': an adjective of a country, then the
    # organisation's kind, is the affiliation; the name follows
    (
        "nl",
        "De president van de Franse centrale bank François Villeroy de Galhau zei woensdag dat de ECB "
        "de rente volgende maand moet verhogen.",
        "de ECB de rente volgende maand",
        "François Villeroy de Galhau",
        "indirect",
        "zei",
        "reported.dat",
    ),
    # 'Trump last month said …', 'earlier this month': a time between the subject and the verb
    (
        "en",
        "President Donald Trump last month claimed the group had been defeated and said troops would "
        "return home.",
        "the group had been defeated",
        "Donald Trump",
        "indirect",
        "claimed",
        "reported.said",
    ),
    # '…, the company said as it reported its results': the 'as' clause is when it was said, not
    # the claim
    (
        "en",
        "Prices will rise next year, the company said as it reported its results.",
        "Prices will rise next year",
        "company",
        "indirect",
        "said",
        "reported.cue_after",
    ),
    # 'Dat blijkt donderdag uit …', ', zo bleek gisteren uit …': a day between the verb of
    # evidence and 'uit'
    (
        "nl",
        "Het aantal werklozen daalde met 5 procent. Dat blijkt donderdag uit gegevens van de VDAB.",
        "Het aantal werklozen daalde",
        "VDAB",
        "indirect",
        "blijkt uit",
        "reported.backward",
    ),
    # 'Theresa May', 'Mrs May': a capitalised modal after a given name or a title is a surname
    (
        "en",
        "Prime Minister Theresa May has called a snap general election. Explaining the decision, Mrs "
        "May said: “The country is coming together but Westminster is not.”",
        "The country is coming together",
        "Theresa May",
        "direct",
        "said",
        "quote.cue_before",
    ),
    # 'Cisco May Cut 5,000 Jobs': a modal in a headline in capitals is no surname
    (
        "en",
        "Cisco May Cut 5,000 Jobs\n\nCisco said it would cut 5,000 jobs.",
        "it would cut 5,000 jobs",
        "Cisco",
        "indirect",
        "said",
        "reported.said",
    ),
    # 'volgens de ondernemersorganisaties leeft er …': a plural noun ends the phrase before a verb
    # the word-class table does not know
    (
        "nl",
        "Volgens de ondernemersorganisaties leeft er onder de achterban een gevoel van onrechtvaardigheid.",
        "onder de achterban een gevoel",
        "ondernemersorganisaties",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # 'het instituut' with no organisation known: a name read twice at least in the passage
    (
        "nl",
        "De Onderwijsraad publiceerde dinsdag een advies over de lerarenopleiding. Minister Jan "
        "Peters kreeg het advies van de Onderwijsraad woensdag. Het instituut vindt dat de opleiding "
        "korter kan.",
        "de opleiding korter kan",
        "Onderwijsraad",
        "indirect",
        "vindt",
        "reported.dat",
    ),
    # 'On Friday he announced that …': after a fronted phrase without its comma a pronoun is the
    # subject too
    (
        "en",
        "Legislative analyst Mac Taylor has bad news for the state. On Friday he announced that "
        "another hole had opened in the state's coffers.",
        "another hole had opened",
        "Mac Taylor",
        "indirect",
        "announced",
        "reported.that",
    ),
    # 'de advocaat van Piet Janssen' right after someone else spoke is that lawyer, not the one in
    # focus
    (
        "nl",
        "Jan Bakker van de veiligheidsregio bevestigt dat de kust het hardst getroffen is. Volgens de "
        "advocaat van Piet Janssen is zijn cliënt niet verslaafd.",
        "zijn cliënt niet verslaafd",
        "advocaat van Piet Janssen",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # 'the lawyer for John Peters' right after someone else spoke is that lawyer, not the one in
    # focus
    (
        "en",
        "Prosecutor Jane Doe said the evidence was overwhelming. The lawyer for John Peters said his "
        "client would appeal.",
        "his client would appeal",
        "lawyer for John Peters",
        "indirect",
        "said",
        "reported.said",
    ),
    # Seen as a new user: 'Theresa May has called a snap election' calls one and names nothing
    (
        "en",
        "Prime Minister Theresa May has called a snap general election for June.",
        "a snap general election",
        None,
        "unattributed",
        None,
        "author.statement",
    ),
    # Seen as a new user: 'het bedrijf' with a person in focus is the name the two sentences
    # before read twice, before an organisation named further back
    (
        "nl",
        "Het aantal werklozen daalde met 5 procent. Dat blijkt uit gegevens van de VDAB. Jan Bakker "
        "van de vakbond bevestigt dat de kust getroffen is. Telenet opent een nieuw kantoor in Gent. "
        "Voormalig minister Karel Peeters zit in de adviesraad van Telenet. Het bedrijf wijst erop "
        "dat de raad vooral advies geeft over innovatie.",
        "de raad vooral advies geeft",
        "Telenet",
        "indirect",
        "wijst erop",
        "reported.dat",
    ),
    # 'Tom De Meester': after a particle any capitalised word is the surname, a title's word too
    (
        "nl",
        "Het kartel verliest de onderhandelingen, zegt PVDA-lijsttrekker Tom De Meester.",
        "Het kartel verliest",
        "Tom De Meester",
        "indirect",
        "zegt",
        "reported.cue_after",
    ),
    # 'Robbert van het Kaar': 'het' after 'van' opens a surname (not 'van het ACOD')
    (
        "nl",
        "„Ze maakt zeker een kans”, zegt Robbert van het Kaar van de ondernemingsraad.",
        "Ze maakt zeker een kans",
        "Robbert van het Kaar",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # 'NDTV quoted her as saying': the person quoted speaks, not the paper
    (
        "en",
        "Defence Minister Nirmala Sitharaman spoke in parliament. "
        '"We do not do defence dealings," NDTV quoted her as saying.',
        "We do not do defence dealings",
        "Nirmala Sitharaman",
        "direct",
        "saying",
        "quote.cue_after",
    ),
    # 'TMZ.com cited a source as saying': nobody named, the outlet is the source
    # (was 'Celebrity news website TMZ.com cited a source as')
    (
        "en",
        "Celebrity news website TMZ.com cited a source as saying Bieber had left the hotel.",
        "Bieber had left the hotel",
        "TMZ.com",
        "indirect",
        "saying",
        "reported.said",
    ),
    # 'Interfax news agency quoted Lavrov as saying': Lavrov speaks
    # (was 'Interfax news agency quoted Lavrov as')
    (
        "en",
        "The minister spoke in Moscow. "
        '"We know what they want," Interfax news agency quoted Lavrov as saying.',
        "We know what they want",
        "Lavrov",
        "direct",
        "saying",
        "quote.cue_after",
    ),
    # 'hoofdinspecteur Jeugd Angela van der Putten': a compound of a role word is a role, so
    # 'Jeugd' is her portfolio (was 'Jeugd Angela')
    (
        "nl",
        '"Het moet beter", zegt hoofdinspecteur Jeugd Angela van der Putten van de IGJ.',
        "Het moet beter",
        "Angela van der Putten",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # 'a survey by the Office for National Statistics': one name across 'for' after an organisation
    # word (was 'Office'), and 'by' names who made it
    (
        "en",
        "Consumer prices rose by 2 percent in March, according to a survey by the Office for "
        "National Statistics.",
        "Consumer prices rose",
        "Office for National Statistics",
        "indirect",
        "according to",
        "reported.according",
    ),
    # 'data compiled by Syracuse University': the maker of the data (was the whole phrase)
    (
        "en",
        "Such reprieves have dropped sharply this year, according to data compiled by Syracuse University.",
        "Such reprieves have dropped",
        "Syracuse University",
        "indirect",
        "according to",
        "reported.according",
    ),
    # 'a copy obtained by RNZ': who holds a document did not write it
    (
        "en",
        "There must be 28 days without new cases before the country moves, according to a copy of "
        "the paper obtained by RNZ.",
        "There must be 28 days",
        "copy of the paper obtained by RNZ",
        "indirect",
        "according to",
        "reported.according",
    ),
    # 'Groot, volgens strafrechtadvocaat Erik Thomas: …': an adjective capitalised only as the
    # sentence's first word is nobody (was 'Groot')
    (
        "nl",
        "Hoe groot is het probleem?\n\n"
        'Groot, volgens strafrechtadvocaat Erik Thomas: "Iedereen gruwelt, maar er wordt niks aan gedaan."',
        "Iedereen gruwelt",
        "Erik Thomas",
        "direct",
        None,
        "quote.colon",
    ),
    # 'said GM Chairman and CEO Mary Barra': two capitalised titles joined by 'and', then the name (was
    # 'GM Chairman')
    (
        "en",
        '"We are cutting costs," said Acme Chairman and CEO Jane Porter.',
        "We are cutting costs",
        "Jane Porter",
        "direct",
        "said",
        "quote.cue_after",
    ),
    # 'The Charlotte-based bank said': a description with where the bank is based is the bank named before
    # (was 'Charlotte-based bank')
    (
        "en",
        "Bank of Tesla reported a profit on Tuesday.\n\nThe Denver-based bank said its revenue rose 7 "
        "percent.",
        "its revenue rose",
        "Bank of Tesla",
        "indirect",
        "said",
        "reported.said",
    ),
    # 'The embattled developer said': a participle before the organisation word describes the company
    # named before (was 'embattled developer')
    (
        "en",
        "Grandhaven Group asked its creditors for more time.\n\nThe embattled developer said that it was "
        "talking to its bondholders.",
        "it was talking to its bondholders",
        "Grandhaven Group",
        "indirect",
        "said",
        "reported.that",
    ),
    # 'An Alabama sheriff says …' then 'Walker County Sheriff James Underwood': a sheriff is a role, and
    # the named sheriff is the one described (was 'Alabama sheriff')
    (
        "en",
        "An Ohio sheriff says six inmates escaped from his jail on Sunday.\n\nMarion County Sheriff Tom "
        "Riley said the inmates used a blanket.",
        "six inmates escaped",
        "Tom Riley",
        "indirect",
        "says",
        "reported.said",
    ),
    # A heading in capitals names nobody: 'SHERIFF SAYS GUARDS WERE …' gave 'the sheriff' a speaker called
    # 'SAYS GUARDS WERE TRICKED …'
    (
        "en",
        "Sheriff Tom Riley said six inmates escaped from the county jail.\n\nSHERIFF SAYS GUARDS WERE "
        "TRICKED BY THE INMATES\n\nThe sheriff said the guards were new.",
        "the guards were new",
        "Tom Riley",
        "indirect",
        "said",
        "reported.said",
    ),
    # 'gaf tijdens dat onderzoek al aan dat …': 'dat' after a preposition points at a noun, the particle
    # of the verb is still to come
    (
        "nl",
        "Minister Jan de Vries sprak met vakbond FNV.\n\nFNV gaf tijdens dat onderzoek al aan dat de "
        "storing verholpen was.",
        "de storing verholpen was",
        "FNV",
        "indirect",
        "gaf aan",
        "reported.dat",
    ),
    # 'Want Engie zegt dat …': a sentence opening with 'want' has its subject after it
    (
        "nl",
        "Minister Jan de Vries sprak met vakbond FNV.\n\nWant FNV zegt dat de lonen moeten stijgen.",
        "de lonen moeten stijgen",
        "FNV",
        "indirect",
        "zegt",
        "reported.dat",
    ),
    # 'heeft gehoopt dat …': the participles of the verbs of belief and judgement are cues too
    (
        "nl",
        "Minister Jan de Vries sprak met vakbond FNV.\n\nDe vakbond heeft gehoopt dat de directie zou "
        "toegeven.",
        "de directie zou toegeven",
        "FNV",
        "indirect",
        "gehoopt",
        "reported.dat",
    ),
    # 'herinnerde eraan dat …' (a reminder) and 'geeft mee dat …': separable verbs with their clause
    (
        "nl",
        "Minister Jan de Vries sprak met vakbond FNV.\n\nDe minister herinnerde eraan dat de wet al gold. "
        "Hij geeft ook mee dat de prijzen stijgen.",
        "de prijzen stijgen",
        "Jan de Vries",
        "indirect",
        "geeft mee",
        "reported.dat",
    ),
    # 'houdt er rekening mee dat …': an expectation with its clause
    (
        "nl",
        "Minister Jan de Vries sprak met vakbond FNV.\n\nDe minister houdt er rekening mee dat de prijzen "
        "stijgen.",
        "de prijzen stijgen",
        "Jan de Vries",
        "indirect",
        "houdt rekening",
        "reported.dat",
    ),
    # 'is van oordeel dat …': a judgement with its clause, as 'is van mening dat …'
    (
        "nl",
        "Minister Jan de Vries sprak met vakbond FNV.\n\nHet hof was eerder van oordeel dat de man "
        "schuldig was. De minister is van oordeel dat de prijzen stijgen.",
        "de prijzen stijgen",
        "Jan de Vries",
        "indirect",
        "oordeel",
        "reported.dat",
    ),
    # 'highlighted that …': a verb of emphasis with its clause
    (
        "en",
        "Vice-chancellor Sir Steve Smith highlighted that fees had risen with inflation.",
        "fees had risen",
        "Steve Smith",
        "indirect",
        "highlighted",
        "reported.that",
    ),
    # 'A Women Against State Pension Inequality (Waspi) spokeswoman said': 'State' between capitalised
    # words is part of a name, not the verb 'state' (was 'Women Against')
    (
        "en",
        'A Women Against State Pension Inequality (Waspi) spokeswoman said: "We are hugely disappointed '
        'by the decision."',
        "We are hugely disappointed",
        "Women Against State Pension Inequality",
        "direct",
        None,
        "quote.colon",
    ),
    # 'Sainsbury's said …', 'Macy’s said Thursday …': a one-word company name in the possessive is the
    # subject of the verb after it (was nobody)
    (
        "en",
        "Sainsbury's said it would close 100 stores.",
        "it would close 100 stores",
        "Sainsbury's",
        "indirect",
        "said",
        "reported.said",
    ),
    # 'heeft toegegeven dat …': the participle of 'toegeven'
    (
        "nl",
        "Minister Jan de Vries sprak met vakbond FNV.\n\nDe vakbond heeft inmiddels toegegeven dat de "
        "actie te laat kwam.",
        "de actie te laat kwam",
        "FNV",
        "indirect",
        "toegegeven",
        "reported.dat",
    ),
    # 'is boos dat …', 'zag ook al dat …': a feeling or a perception with its clause
    (
        "nl",
        "Minister Jan de Vries sprak met vakbond FNV.\n\nDe minister is boos dat de cijfers uitlekten. De "
        "vakbond zag ook al dat de lonen daalden.",
        "de lonen daalden",
        "FNV",
        "indirect",
        "zag",
        "reported.dat",
    ),
    # 'expressed disappointment that …': a feeling named after a light verb, with its clause
    (
        "en",
        "Union leader Mary Clark expressed disappointment that the talks had failed.",
        "the talks had failed",
        "Mary Clark",
        "indirect",
        "disappointment",
        "reported.that",
    ),
    # 'Deze week bleek uit onderzoek van DUO dat …': a time before the verb of evidence, the source after
    # it
    (
        "nl",
        "Deze week bleek uit onderzoek van DUO dat kinderen in armoede slechter presteren op school.",
        "kinderen in armoede slechter presteren",
        "DUO",
        "indirect",
        "bleek uit",
        "reported.evidence",
    ),
    # 'De resultaten van de enquête tonen aan dat …': 'aantonen', a separable verb of evidence
    (
        "nl",
        "Het rapport van de VMM toont aan dat de lucht schoner is geworden.",
        "de lucht schoner is geworden",
        "VMM",
        "indirect",
        "toont aan",
        "reported.dat",
    ),
    # 'chief executive of Child Poverty Action Group, Kate Green, said': the organisation's whole name
    # when it ends in an organisation word before the comma (was 'Poverty Action Group')
    (
        "en",
        "But chief executive of Child Poverty Action Group, Kate Green, said more was needed.",
        "more was needed",
        "Kate Green",
        "indirect",
        "said",
        "reported.said",
    ),
    # 'The nation's largest newspaper, USA Today, said': a description, then the organisation's name
    # between commas (was the description)
    (
        "en",
        "Gannett cut jobs. The nation's largest newspaper, USA Today, said it will cut jobs.",
        "it will cut jobs",
        "USA Today",
        "indirect",
        "said",
        "reported.said",
    ),
    # 'the 10-time title winner later said', 'the expectant mother says': a definite description in small
    # letters is the person the passage is about
    (
        "en",
        'Stefanos Tsitsipas retired from the match on Tuesday.\n\n"I am gutted," the 10-time title winner '
        "later said.",
        "I am gutted",
        "Stefanos Tsitsipas",
        "direct",
        "said",
        "quote.cue_after",
    ),
    # 'De verzekeraar benadrukt', 'Volgens het schap': an insurer, a water board described, the one named
    # before
    (
        "nl",
        "Waterschap De Dommel breidt het verbod uit. Volgens het schap is zo een verbod nooit eerder "
        "ingesteld.",
        "is zo een verbod nooit eerder ingesteld",
        "Waterschap De Dommel",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # 'the force said': a police force described, the one named before
    (
        "en",
        "Staffordshire Police seized the dog. In a statement, the force said it was investigating.",
        "it was investigating",
        "Staffordshire Police",
        "indirect",
        "said",
        "reported.said",
    ),
    # 'Conservator Jasper de Bruin van het Rijksmuseum vertelt': a conservator is a role, so 'de
    # conservator' later is the one named (was a person called 'Conservator Jasper de Bruin' and another
    # called 'conservator')
    (
        "nl",
        '"Dit is heel bijzonder." Conservator Jasper de Bruin van het Rijksmuseum vertelt over de '
        'vondst.\n\n"Normaal bouwden Romeinen muren van een heel ander soort steen", vertelt de '
        "conservator.",
        "Normaal bouwden Romeinen",
        "Jasper de Bruin",
        "direct",
        "vertelt",
        "quote.cue_after",
    ),
    # 'Archaeologist Mary Lane said': an archaeologist is a role, not part of the name
    (
        "en",
        "Archaeologist Mary Lane said the tomb was found last week.",
        "the tomb was found",
        "Mary Lane",
        "indirect",
        "said",
        "reported.said",
    ),
    # 'Temperatures rocketed to 29.4C on Monday and forecasters have warned …': the subject of a second
    # clause is the noun after 'and' (was the whole first clause as a speaker)
    (
        "en",
        "Temperatures in Britain rocketed to 29.4C on Monday and forecasters have warned that Tuesday "
        "could be even hotter.",
        "Tuesday could be even hotter",
        "forecasters",
        "indirect",
        "warned",
        "reported.that",
    ),
    # '… with one trade union warning that …', then 'The supermarket said': the union warns, and the
    # supermarket is the company, not the union just read
    (
        "en",
        "Tesco is closing its store in Craigavon, with one trade union warning that 100 jobs are at "
        "risk.\n\nThe supermarket said it is doing everything it can to find other roles.",
        "it is doing everything",
        "Tesco",
        "indirect",
        "said",
        "reported.said",
    ),
    # 'Met Office meteorologist Alex Deakin said:': 'Met' opens an organisation's name before 'Office',
    # whatever it is as a verb
    (
        "en",
        'The Met Office issued a warning. Met Office meteorologist Alex Deakin said: "The heat builds day '
        'on day."',
        "The heat builds day on day",
        "Alex Deakin",
        "direct",
        "said",
        "quote.cue_before",
    ),
    # 'Sinds de zomer merkt ze dat …': a perception with its clause and its own subject pronoun after the
    # verb (was the author's)
    (
        "nl",
        "Jacqueline Zuidweg had al zo'n vermoeden. Sinds de zomer merkt ze dat meer mensen bij haar "
        "aankloppen.",
        "meer mensen bij haar aankloppen",
        "Jacqueline Zuidweg",
        "indirect",
        "merkt",
        "reported.dat",
    ),
    # A paragraph that is a quote and its cue with no full stop at the end ('"…," said Fengler') is no
    # heading (the quote was lost)
    (
        "en",
        'Craig Fengler says he spends 30 dollars a week on parking.\n\n"We will come Downtown less '
        'often," said Fengler\n\nThe mayor says the budget is a balancing act.',
        "We will come Downtown less often",
        "Craig Fengler",
        "direct",
        "said",
        "quote.cue_after",
    ),
    # 'Maandagavond presenteerde de AP haar bevindingen. Daaruit bleek dat …': what the document of the
    # sentence before shows, claimed by the organisation that sentence named
    (
        "nl",
        "De Autoriteit Persoonsgegevens onderzoekt Facebook. Maandagavond presenteerde de AP haar "
        "bevindingen. Daaruit bleek dat Facebook de privacywet overtrad.",
        "Facebook de privacywet overtrad",
        "AP",
        "indirect",
        "bleek daaruit",
        "reported.evidence",
    ),
    # 'De gemeente zag al dat …' after a company was named: a municipality described is no company in
    # focus, but the one the article is set in
    (
        "nl",
        "Supermarktketen Dirk sluit zijn filiaal in Assen. De gemeente zag al dat de omzet daalde.",
        "de omzet daalde",
        "gemeente Assen",
        "indirect",
        "zag",
        "reported.dat",
    ),
    # 'Veertien belanghebbenden stapten naar de rechter. Die vindt dat …': a Dutch 'Die' opening a
    # sentence points at the phrase that closed the sentence before (was the person in focus)
    (
        "nl",
        "Staatssecretaris Paul Blokhuis wil het roken terugdringen. Veertien belanghebbenden stapten naar "
        "de rechter. Die vindt dat de gemeente onvoldoende rekening hield met de eigenaren.",
        "de gemeente onvoldoende rekening hield",
        "rechter",
        "indirect",
        "vindt",
        "reported.dat",
    ),
    # 'Volgens FNV-onderhandelaar Karin Smit zijn …': what stands before the verb in second place is
    # the source, role words the lexicon does not know included
    (
        "nl",
        "Volgens FNV-onderhandelaar Karin Smit zijn de schoonmakers boos op de werkgevers.",
        "zijn de schoonmakers boos op de werkgevers",
        "Karin Smit",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # 'Volgens sommigen zou …', 'Volgens lokale Griekse media zijn …': a source with no name is kept
    # as the text says it
    (
        "nl",
        "Volgens sommigen zou de zachte winter de late griepgolf verklaren.",
        "zou de zachte winter de late griepgolf verklaren",
        "sommigen",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # (the same)
    (
        "nl",
        "Volgens lokale Griekse media zijn verscheidene wegen op het eiland beschadigd.",
        "zijn verscheidene wegen op het eiland beschadigd",
        "lokale Griekse media",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # 'said shoplifting last year totaled …': a gerund opening the clause is its subject when a verb
    # in the past follows
    (
        "en",
        "The Retail Council said shoplifting last year totaled $2 billion in losses for its members.",
        "shoplifting last year totaled $2 billion in losses for its members",
        "Retail Council",
        "indirect",
        "said",
        "reported.said",
    ),
    # 'zegt Simon November van Test Aankoop': a month's name after a given name is the surname
    (
        "nl",
        "„Het kan niet dat de banken zo doen”, zegt Simon November van Test Aankoop.",
        "Het kan niet dat de banken zo doen",
        "Simon November",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # a last paragraph cut off before its full stop is body text, no heading
    (
        "en",
        "Judge Groarke said he would not tolerate any outburst.\n\nHe said he understood how "
        "tempers could become frayed in such a tragic case",
        "he understood how tempers could become frayed",
        "Groarke",
        "indirect",
        "said",
        "reported.said",
    ),
    # 'said there have been 42 admissions, while 13 deaths have been reported': a while-clause is part of
    # what was said
    (
        "en",
        "The Health Protection Surveillance Centre said there have been 42 intensive care "
        "admissions, while 13 deaths have been reported this season.",
        "there have been 42 intensive care admissions, while 13 deaths have been reported this season",
        "Health Protection Surveillance Centre",
        "indirect",
        "said",
        "reported.said",
    ),
    # 'Hilton president and CEO Christopher Nassetta': a role's acronym joined to a role in small letters
    (
        "en",
        "“We are double the occupancy we were at the bottom,” said Hilton president and CEO "
        "Christopher Nassetta.",
        "We are double the occupancy we were at the bottom",
        "Christopher Nassetta",
        "direct",
        "said",
        "quote.cue_after",
    ),
    # 'Toch merkt de gemeente Zundert dat …': a verb of perception second, its subject between it and the
    # clause
    (
        "nl",
        "Kop. Toch merkt de gemeente Zundert dat het heel lastig is dat verbod te handhaven.",
        "het heel lastig is dat verbod te handhaven",
        "gemeente Zundert",
        "indirect",
        "merkt",
        "reported.dat",
    ),
    # 'De Centrale Toezichtsraad voor het Gevangeniswezen bezocht …': an organisation's name goes on
    # past its preposition
    (
        "nl",
        "Kop\n\nDe Centrale Toezichtsraad voor het Gevangeniswezen bezocht de gevangenis van Leuven. „De "
        "overbevolking blijft het grootste probleem.”",
        "De overbevolking blijft het grootste probleem.",
        "Centrale Toezichtsraad voor het Gevangeniswezen",
        "direct",
        None,
        "quote.named_before",
    ),
    # 'the chief inspector of prisons told … Charlie Taylor’s roving role …': the name of the one
    # described, without its possessive
    (
        "en",
        "English prisons are bursting at the seams, the chief inspector of prisons told the "
        "Financial Times. Charlie Taylor’s roving role has taken him to 123 jails.",
        "English prisons are bursting at the seams",
        "Charlie Taylor",
        "indirect",
        "told",
        "reported.cue_after",
    ),
    # 'Our source, who did not want to be named, said …': the outlet's own source is a speaker
    (
        "en",
        "Our source, who did not want to be named, said the offender had managed to free himself "
        "from the cell.",
        "the offender had managed to free himself from the cell",
        "source",
        "indirect",
        "said",
        "reported.said",
    ),
    # verbs mined from the gold's missed cues, each only with its clause: 'berekende dat', 'calculated
    # that'
    (
        "nl",
        "Kapitein Ron Teuben berekende dat het schip ongeveer 10,5 meter hoog moet zijn geweest.",
        "het schip ongeveer 10,5 meter hoog moet zijn geweest",
        "Ron Teuben",
        "indirect",
        "berekende",
        "reported.dat",
    ),
    # (the same)
    (
        "en",
        "Ryanair calculated that the 190 cancellations would affect about 30,000 passengers.",
        "the 190 cancellations would affect about 30,000 passengers",
        "Ryanair",
        "indirect",
        "calculated",
        "reported.that",
    ),
    # an English subject whose opening words the parser does not know: the full name right before
    # the verb speaks ('Met' is also a verb)
    (
        "en",
        "Met Office forecaster Alex Deakin said that the south coast will see the strongest winds.",
        "the south coast will see the strongest winds",
        "Alex Deakin",
        "indirect",
        "said",
        "reported.that",
    ),
    # a surname that is also a word ('rose') names the person already named with it
    (
        "en",
        "Carol Rose, director of the ACLU of Massachusetts, said the ruling was historic. Rose said "
        "the decision sustains the momentum of the movement over the past decade.",
        "the decision sustains the momentum",
        "Carol Rose",
        "indirect",
        "said",
        "reported.said",
    ),
    # a name, then whom it works for, before the verb: the name speaks
    (
        "en",
        "Anna Price with the Leeds office of Citizens Advice says she is worried about the new rules.",
        "she is worried about the new rules",
        "Anna Price",
        "indirect",
        "says",
        "reported.said",
    ),
    # a Dutch sentence opening "Volgens …": the source ends at the finite verb in second place,
    # also when the phrase parse runs past it
    (
        "nl",
        "Volgens de brancheorganisaties moet het kabinet de btw op groente en fruit verlagen.",
        "moet het kabinet de btw op groente en fruit verlagen",
        "brancheorganisaties",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # (the same) a described source the lexicon knows only as a compound's last part
    (
        "nl",
        "Volgens de FNV-onderhandelaar zijn er afspraken nodig over de lonen van de schoonmakers.",
        "zijn er afspraken nodig over de lonen van de schoonmakers",
        "FNV-onderhandelaar",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # "Toen", "Nu" with the finite verb right after them open a main clause, no subordinate one
    (
        "nl",
        "Econoom Els Jansen verwacht geen crisis. Toen was er een zware recessie en een fors "
        "oplopende rente, geeft zij aan.",
        "Toen was er een zware recessie",
        "Els Jansen",
        "indirect",
        "geeft aan",
        "reported.cue_after",
    ),
    # a compound ending in "-instantie", "-partij", "-agentschap" or "-koepel" names the kind of
    # organisation before its name
    (
        "nl",
        "Het aantal werklozen is daarmee voor het eerst in een jaar gestegen, meldt "
        "uitkeringsinstantie UWV donderdag.",
        "Het aantal werklozen is daarmee",
        "uitkeringsinstantie UWV",
        "indirect",
        "meldt",
        "reported.cue_after",
    ),
    # a verb that is also a noun closes the sentence after a short source: "…, Reuters reports."
    (
        "en",
        "The two satellites collided over Siberia on Tuesday, Reuters reports.",
        "The two satellites collided over Siberia on Tuesday",
        "Reuters",
        "indirect",
        "reports",
        "reported.cue_after",
    ),
    # a verb that reports only with a clause after it reports the clause before it after ", zo"
    (
        "nl",
        "De zwembaden blijven de hele zomer dicht, zo besliste de Vlaamse regering maandagavond.",
        "De zwembaden blijven de hele zomer dicht",
        "Vlaamse regering",
        "indirect",
        "besliste",
        "reported.cue_after",
    ),
    # an English name the parse does not take ("Led" is a verb), then a relative clause
    (
        "en",
        "Led Zeppelin frontman Robert Plant, who gave money to the campaign, said the cinema was "
        "too valuable to lose.",
        "the cinema was too valuable to lose",
        "Robert Plant",
        "indirect",
        "said",
        "reported.said",
    ),
    # a capitalised compound ending in an organisation word is the body's own name, never the
    # organisation in focus ("de Kansspelcommissie" after "De Standaard schrijft")
    (
        "nl",
        "De krant De Standaard schrijft dat de Kansspelcommissie haar onderzoek heeft afgerond. De "
        "Kansspelcommissie schrijft in haar rapport dat de situatie verontrustend is.",
        "de situatie verontrustend is",
        "Kansspelcommissie",
        "indirect",
        "schrijft",
        "reported.dat",
    ),
    # capitalised words ending in an organisation word name the body, not a role and a person
    (
        "nl",
        "Volgens de Algemene Nederlandse Bakkers Vereniging gaan de broodprijzen volgend jaar omhoog.",
        "gaan de broodprijzen volgend jaar omhoog",
        "Algemene Nederlandse Bakkers Vereniging",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a verb that reports only with its clause closes one after a comma, its source after it
    (
        "nl",
        "De wachtlijsten zijn vorig jaar met een derde gegroeid, berekende de Woonbond.",
        "De wachtlijsten zijn vorig jaar met een derde gegroeid",
        "Woonbond",
        "indirect",
        "berekende",
        "reported.cue_after",
    ),
    # a word of a list after a comma is no cue closing the sentence ("local, state and federal")
    (
        "en",
        "Officials said there is a wide investigation into the homes by local, state and federal agencies.",
        "there is a wide investigation into the homes",
        "Officials",
        "indirect",
        "said",
        "reported.said",
    ),
    # a Dutch phrase of time before an object cue: the subject after the verb, the object the claim
    (
        "nl",
        "Voor volgend jaar verwacht de bank een lichte daling van de huizenprijzen in het westen.",
        "een lichte daling van de huizenprijzen in het westen",
        "bank",
        "indirect",
        "verwacht",
        "reported.object",
    ),
    # "volgens" after a colon opens a main clause of its own
    (
        "nl",
        "Sterker nog: volgens economen gaan de prijzen volgend jaar nog verder omhoog.",
        "gaan de prijzen volgend jaar nog verder omhoog",
        "economen",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # "an inquest has heard": the auxiliary between the body and its verb
    (
        "en",
        "A boy of six drowned in the hotel pool during a family holiday, an inquest has heard.",
        "A boy of six drowned in the hotel pool during a family holiday",
        "inquest",
        "indirect",
        "heard",
        "reported.cue_after",
    ),
    # an adverb between commas right after the verb: the clause follows it
    (
        "en",
        "Councillor Anne Ryan said, though, she will not support the plan for a new car park.",
        "she will not support the plan for a new car park",
        "Anne Ryan",
        "indirect",
        "said",
        "reported.said",
    ),
    # "the government" is no organisation merely mentioned in its own sentence ("its AI Growth Zones")
    (
        "en",
        "The government says thousands of new jobs will be created as it opens bidding for its AI "
        "Growth Zones.",
        "thousands of new jobs will be created",
        "government",
        "indirect",
        "says",
        "reported.said",
    ),
    # the old genitive article inside an organisation's name: "Leger des Heils"
    (
        "nl",
        "Volgens het Leger des Heils zit de nachtopvang in de grote steden al weken vol.",
        "zit de nachtopvang in de grote steden al weken vol",
        "Leger des Heils",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # capitalised words joined by "en" and ending in a country or region name one organisation
    (
        "nl",
        "Volgens Scouts en Gidsen Vlaanderen hebben de leiders geen regels overtreden.",
        "hebben de leiders geen regels overtreden",
        "Scouts en Gidsen Vlaanderen",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # double primes as quote marks (AP copy): "″We are already at capacity,″ she said"
    (
        "en",
        "″We are already at capacity,″ spokeswoman Priscilla Solarz said.",
        "We are already at capacity",
        "Priscilla Solarz",
        "direct",
        "said",
        "quote.cue_after",
    ),
    # "Ook volgens X, dat …, zit …": an adverb before "volgens", an aside after the source
    (
        "nl",
        "Ook volgens het Rode Kruis, dat in meerdere steden noodhulp biedt, groeit de vraag snel.",
        "groeit de vraag snel",
        "Rode Kruis",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # an opening phrase before the commas ("Speaking … to the … Annual Conference, deputy
    # governor …, Philip Lowe, pointed out"): the name between the commas speaks
    (
        "en",
        "Speaking last night to the Australian Business Economists Annual Conference, deputy "
        "governor of the RBA, Philip Lowe, pointed out that funding costs have risen.",
        "funding costs have risen",
        "Philip Lowe",
        "indirect",
        "pointed out",
        "reported.that",
    ),
    # "de bank" is only an organisation that is one, not the charity in focus
    (
        "nl",
        "Ook volgens het Leger des Heils zit de opvang vol. Voor volgend jaar verwacht de bank een "
        "lichte daling van de huizenprijzen.",
        "een lichte daling van de huizenprijzen",
        "bank",
        "indirect",
        "verwacht",
        "reported.object",
    ),
    # a capitalised word that is also a verb or an adjective, after a comma and before the cue: a
    # name ("…, Ban said.")
    (
        "en",
        "Many leaders became more willing to take on the issue, Ban said.",
        "Many leaders became more willing to take on the issue",
        "Ban",
        "indirect",
        "said",
        "reported.cue_after",
    ),
    # a middle initial, then a surname ending in "-ing", then a party tag: one name
    (
        "en",
        "The update came as Virginia Attorney General Mark R. Herring (D) said he wanted an "
        "independent agency to investigate the shooting.",
        "he wanted an independent agency to investigate the shooting",
        "Mark R. Herring",
        "indirect",
        "said",
        "reported.said",
    ),
    # the verb of speech as an infinitive after "continued to" / "went on to": still reported
    (
        "en",
        "Even after the complaint was filed, Lewandowski continued to say he had never touched Fields.",
        "he had never touched Fields",
        "Lewandowski",
        "indirect",
        "say",
        "reported.said",
    ),
    # "But" opening the sentence, then a subject shared by two coordinated verbs
    (
        "en",
        "But the U.S. Court of Appeals overruled and said Ohio already provided more early voting "
        "than most states.",
        "Ohio already provided more early voting than most states",
        "U.S. Court of Appeals",
        "indirect",
        "said",
        "reported.said",
    ),
    # "volgens X" in a clause that a colon closes before a quote: the clause is a claim too
    (
        "nl",
        "Volgens Karin Rentmeester van het Sociaal Huis worden de producten discreet meegegeven: "
        '"Veel mensen zijn de schaamte allang voorbij."',
        "worden de producten discreet meegegeven",
        "Karin Rentmeester",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a quote without a cue after a sentence an organisation known before opens, when somebody
    # else spoke last: the organisation's, unless the quote says "ik"
    (
        "nl",
        "Waterbedrijf Groningen meldde vorige week een cyberaanval op een leverancier. Volgens de "
        "politie hoopten criminele hackers losgeld te krijgen. Waterbedrijf Groningen weet nog niet "
        "zeker of ook gegevens van klanten gestolen zijn. “We hopen zo snel mogelijk uitsluitsel te "
        "krijgen.”",
        "We hopen zo snel mogelijk uitsluitsel te krijgen.",
        "Waterbedrijf Groningen",
        "direct",
        None,
        "quote.continuation",
    ),
    # "the company" is never a council, a court, a union or a newspaper read since
    (
        "en",
        "Tata Steel will close the site, the firm said on Monday. The decision was criticised by "
        "Neath Port Talbot Council, which said it was disappointed. The company said the job cuts "
        "were necessary.",
        "the job cuts were necessary",
        "Tata Steel",
        "indirect",
        "said",
        "reported.said",
    ),
    # a quote right after "said he": the pronoun opens the reported clause, not an inverted
    # "…, said he."
    (
        "en",
        'Marvin Rees, who has run the city for seven years, said he "inherited years of neglect".',
        'he "inherited years of neglect"',
        "Marvin Rees",
        "indirect",
        "said",
        "reported.said",
    ),
    # an opening word and its comma before "according to X, …": the clause after the source
    (
        "en",
        "But, according to the Department for Work and Pensions, 12.7 million people were living in poverty.",
        "12.7 million people were living in poverty",
        "Department for Work and Pensions",
        "indirect",
        "according to",
        "reported.according",
    ),
    # "according to the latest X estimates": the body whose figures they are
    (
        "en",
        "E-commerce grew to 11.2% of retail sales in the third quarter, according to the latest "
        "U.S. Department of Commerce estimates.",
        "E-commerce grew to 11.2% of retail sales in the third quarter",
        "U.S. Department of Commerce",
        "indirect",
        "according to",
        "reported.according",
    ),
    # "a company spokesperson" speaks for the company, not the union named last
    (
        "en",
        "Boeing said on Friday that its offer was fair. Workers voted to strike on Sunday, the "
        'International Association of Machinists said. "We are disappointed with the vote," a '
        "company spokesperson said.",
        "We are disappointed with the vote",
        "Boeing",
        "direct",
        "said",
        "quote.cue_after",
    ),
    # "Dat stelt X in een rapport dat …": "dat" after the report's noun opens a relative clause;
    # the sentence points back at the one before
    (
        "nl",
        "Een gezonde lunch op school kan helpen tegen overgewicht bij kinderen. Dat stelt het RIVM "
        "in een rapport dat donderdag is aangeboden aan de staatssecretaris.",
        "Een gezonde lunch op school kan helpen tegen overgewicht bij kinderen.",
        "Rijksinstituut voor Volksgezondheid en Milieu (RIVM)",
        "indirect",
        "stelt",
        "reported.backward",
    ),
    # two given names, "van" and a surname, then a role in apposition: one name
    (
        "nl",
        "“De armoede neemt toe”, zegt Peter Hein van Mulligen, hoofdeconoom bij het CBS.",
        "De armoede neemt toe",
        "Peter Hein van Mulligen",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # a surname that is also a verb of speech, after a given name and before a comma
    (
        "en",
        '"The air is bad," said Bo Call, air monitoring manager for the state.',
        "The air is bad",
        "Bo Call",
        "direct",
        "said",
        "quote.cue_after",
    ),
    # a reported clause before a quote that a comma introduces is a claim too; "the accused" is
    # a noun, no verb of speech
    (
        "en",
        "The accused woman’s solicitor, Lee-Anne Purcell, said she would make enquiries, and told "
        "the judge, “I don’t know if it’s possible”.",
        "she would make enquiries",
        "Lee-Anne Purcell",
        "indirect",
        "said",
        "reported.said",
    ),
    # a quote without a cue after the author's sentence that names one person who spoke before
    # is that person's, not the last speaker's
    (
        "nl",
        "“Ik ga daar niet op in”, zei Richard Plugge, teambaas van Jumbo-Visma.\n\nZo’n 150 "
        "kilometer naar het oosten zei Iwan Spekenbrink verrast te zijn. “We hebben volgende week een "
        "gesprek met zijn zaakwaarnemers.”\n\nIn een ‘als-dan’-verhaal had Plugge geen zin. “Ik kan "
        "alleen zeggen dat we altijd op zoek zijn naar de beste aanvullingen op het team.”",
        "Ik kan alleen zeggen",
        "Richard Plugge",
        "direct",
        None,
        "quote.continuation",
    ),
    # "de telecomaanbieder" after "telecomaanbieder Vodafone": the company named after that word
    (
        "nl",
        "Een deel van de klanten van telecomaanbieder Vodafone heeft last van een storing. De "
        "telecomaanbieder zegt de oorzaak te hebben gevonden.",
        "de oorzaak te hebben gevonden",
        "Vodafone",
        "indirect",
        "zegt",
        "reported.infinitive",
    ),
    # "the company" after "Ford Motor said": a name closed by "Motor" is a company's
    (
        "en",
        "Ford Motor said Thursday it is planning to invest in facilities across the Midwest. The "
        "company said it would create more than 6,000 union jobs in the region.",
        "it would create more than 6,000 union jobs",
        "Ford Motor",
        "indirect",
        "said",
        "reported.said",
    ),
    # English "said" without "that" before an adverb or a subordinate clause opening the clause
    (
        "en",
        "Webb said even if detainees are designated as refugees, they still won’t be allowed to move "
        "off the island.",
        "even if detainees are designated as refugees",
        "Webb",
        "indirect",
        "said",
        "reported.said",
    ),
    # "ook" between a trailing cue and the description that is its subject
    (
        "nl",
        "Het leek soms wel op een onderhandeling, zei ook de voorzieningenrechter.",
        "Het leek soms wel op een onderhandeling",
        "voorzieningenrechter",
        "indirect",
        "zei",
        "reported.cue_after",
    ),
    # "de provincie" in an article that names one province: that province
    (
        "nl",
        "Chemours maakt in Dordrecht PFAS. De Gedeputeerde Staten van Zuid-Holland scherpten de "
        "vergunning aan. De provincie stelde dat er nieuwe technieken waren om de uitstoot te beperken.",
        "er nieuwe technieken waren",
        "provincie Zuid-Holland",
        "indirect",
        "stelde",
        "reported.dat",
    ),
    # "de gemeente" in an article set in one place: that municipality
    (
        "nl",
        "Het aantal verhuuradressen in Amsterdam is gezakt. Volgens de gemeente komt dat door de "
        "nieuwe regels voor vakantieverhuur.",
        "komt dat door de nieuwe regels",
        "gemeente Amsterdam",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # "een woordvoerder" after a name alone that was a source: that name's spokesperson
    (
        "nl",
        "Hoeveel klanten last hebben van de storing is niet te zeggen, volgens Vodafone. Sommige "
        "gesprekken komen namelijk wel door, maar andere niet, legt een woordvoerder uit.",
        "Sommige gesprekken komen namelijk wel door",
        "Vodafone",
        "indirect",
        "legt uit",
        "reported.cue_after",
    ),
    # "een woordvoerder" with no organisation named with it: the name the passage is about
    (
        "nl",
        "Eerder deze week waarschuwde Vitens, het grootste waterbedrijf van Nederland, al voor "
        "toenemend waterverbruik. Nu de droogte aanhoudt, tappen de Vitens-klanten samen veel meer "
        "water dan normaal. Daardoor wordt de druk wat lager, meldt een woordvoerder.",
        "Daardoor wordt de druk wat lager",
        "Vitens",
        "indirect",
        "meldt",
        "reported.cue_after",
    ),
    # a capitalised word describing the role between the cue and the name: the name
    (
        "en",
        '"We are devastated," said Van Helsing star Samuel West.',
        "We are devastated",
        "Samuel West",
        "direct",
        "said",
        "quote.cue_after",
    ),
    (
        "nl",
        "“Het is een weekend zonder grote incidenten gebleven”, zegt Oostends hoofdredder Jonathan De Vos.",
        "Het is een weekend zonder grote incidenten gebleven",
        "Jonathan De Vos",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # "Sowieso" opening a sentence is an adverb, no name
    (
        "nl",
        "Sowieso verwachten de bonden zaterdag een grote actiebereidheid bij de werknemers, voegt Wilson "
        "Wellens toe.",
        "grote actiebereidheid",
        "Wilson Wellens",
        "indirect",
        "voegt toe",
        "reported.cue_after",
    ),
    # "One of the victims", "Een van de buurtbewoners": one member of a group, known by it
    (
        "en",
        "One of the victims told the trial how she had been abused for years.",
        "she had been abused",
        "One of the victims",
        "indirect",
        "told",
        "reported.said",
    ),
    (
        "nl",
        "Een van de buurtbewoners zegt dat de stank ondraaglijk is.",
        "de stank ondraaglijk is",
        "Een van de buurtbewoners",
        "indirect",
        "zegt",
        "reported.dat",
    ),
    # "That’s according to X": the sentence before is X's claim
    (
        "en",
        "The pilot of the ship did everything that he could have done to slow the vessel.\n\nThat’s "
        "according to the American Pilots Association (APA) about what unfolded on the ship.",
        "did everything that he could have done",
        "American Pilots Association",
        "indirect",
        "according to",
        "reported.backward",
    ),
    # a person introduced two sentences back, the "Hij" of the sentence between: the quote is theirs
    (
        "nl",
        "“Ik dank de collega’s voor het vertrouwen”, reageert Maggie De Block.\n\nPatrick Dewael is "
        "geen kamervoorzitter meer. Hij kiest voor een vrije rol. “Ik heb in mijn parlementaire "
        "carrière 17 jaar de liberale fractie geleid.”",
        "Ik heb in mijn parlementaire",
        "Patrick Dewael",
        "direct",
        None,
        "quote.continuation",
    ),
    # a new full name as the subject of the author's sentence before a cue-less quote
    (
        "nl",
        "“Dat is legitiem”, zei Ruissen vrijdag.\n\nDe resultaten worden in mei verwacht. Waarnemend "
        "directeur publieke gezondheid Jaap van der Heide liet zich vrijdagmorgen niet verleiden te "
        "gaan speculeren. ,,Eerst moet het onderzoek van het RIVM meer duidelijk bieden.”",
        "Eerst moet het onderzoek",
        "Jaap van der Heide",
        "direct",
        None,
        "quote.continuation",
    ),
    # "hij" with nobody in focus: the full name read a few sentences before that is no
    # preposition's object, not the club named after it
    (
        "nl",
        "Het gebeurt zelden dat Philippe Clement zijn cool verliest, maar na de wedstrijd tegen Racing "
        "Genk was het bijna zover.\n\nDe spelers zakten in elkaar na het openingsdoelpunt. Het was "
        "een avond om snel te vergeten. De supporters floten.\n\n“Ik wil een reactie zien tegen "
        "Antwerp”, vertelt hij.",
        "Ik wil een reactie zien",
        "Philippe Clement",
        "direct",
        "vertelt",
        "quote.cue_after",
    ),
    # "found" reports a finding after researchers or scientists too, not only after a study
    (
        "en",
        "Scientists found that neonicotinoids are harmful to wild bees.",
        "neonicotinoids are harmful to wild bees",
        "Scientists",
        "indirect",
        "found",
        "reported.that",
    ),
    # "she" with nobody else named: the full name read in the possessive before
    (
        "en",
        "Australia faces a period of political turmoil after Julia Gillard's Labor government lost its "
        'majority.\n\nThe Australian prime minister has begun negotiations.\n\n"It is clear that '
        'neither party has earned the right to government," she said.',
        "It is clear that neither party",
        "Julia Gillard",
        "direct",
        "said",
        "quote.cue_after",
    ),
    # a name of common nouns joined by a link word, without an article: one organisation
    (
        "nl",
        "“Het agentschap zal vannacht werken uitvoeren”, meldt Wegen en Verkeer Antwerpen.",
        "Het agentschap zal vannacht werken uitvoeren",
        "Wegen en Verkeer Antwerpen",
        "direct",
        "meldt",
        "quote.cue_after",
    ),
    # a bare plural after a closing plural cue is the group that speaks
    (
        "nl",
        "Bijna 1900 dieren afschieten is bijna ondoenlijk, zeggen jagers.",
        "Bijna 1900 dieren afschieten is bijna ondoenlijk",
        "jagers",
        "indirect",
        "zeggen",
        "reported.cue_after",
    ),
    # a portfolio's capitalised words run on into the name: the last two are the name
    (
        "nl",
        "'Het systeem werkt', zegt Vlaams minister van Welzijn en Gezin Wouter Beke.",
        "Het systeem werkt",
        "Wouter Beke",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # a role, its field in small letters, then the full name
    (
        "nl",
        '"Het is een vrij rigoureuze oplossing", zegt hoogleraar privaatrecht Gijs van Dijck van '
        "Maastricht University.",
        "Het is een vrij rigoureuze oplossing",
        "Gijs van Dijck",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # a double surname by its first half: "Van Zanen" is Anneke van Zanen-Nieberg
    (
        "nl",
        '"We willen meer mensen laten sporten", zei Anneke van Zanen-Nieberg vandaag. ,,Een mooi '
        "aantal, maar er zijn er nog veel meer'', aldus Van Zanen.",
        "Een mooi aantal",
        "Anneke van Zanen-Nieberg",
        "direct",
        "aldus",
        "quote.cue_after",
    ),
    # "zijn vrouw Marion": a wife by her name, whom "ze" points at
    (
        "nl",
        'Die diagnose was een klap. Voor Leendert, maar ook voor zijn vrouw Marion. "Hoewel ik nog '
        'altijd zielsveel van hem houd is de relatie weg", vertelt ze.',
        "Hoewel ik nog altijd zielsveel",
        "Marion",
        "direct",
        "vertelt",
        "quote.cue_after",
    ),
    # "de vakbonden" is no list of names just read when none of them is a union
    (
        "nl",
        "De Lijn en de NMBS rijden morgen gewoon. Volgens de vakbonden is de staking toch een succes.",
        "is de staking toch een succes",
        "vakbonden",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a plural in -en the rough plural test does not know, after a closing plural cue
    (
        "nl",
        "Steeds meer mensen gaan naar de spoed. Toch is er meer aan de hand, zeggen spoedartsen.",
        "Toch is er meer aan de hand",
        "spoedartsen",
        "indirect",
        "zeggen",
        "reported.cue_after",
    ),
    # "volgens X" closing a sentence right after a quoted word
    (
        "nl",
        "De werkloosheid stijgt volgend jaar licht, maar blijft nog steeds ’uitzonderlijk laag’ "
        "volgens het CPB.",
        "De werkloosheid stijgt volgend jaar licht",
        "Centraal Planbureau (CPB)",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # "…, volgens X: …": the source between the claim and a colon
    (
        "nl",
        "Er zijn drie maatregelen nodig, volgens LTO: meer en langer beregenen en mest langer uitrijden.",
        "Er zijn drie maatregelen nodig",
        "LTO",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # "hij" right after the verb is its subject, the phrase before it the object
    (
        "nl",
        "Dirk Breedveld is blij. Een 'burgermeetnet geluid' instellen vindt hij een goed initiatief.",
        "instellen vindt hij een goed initiatief",
        "Dirk Breedveld",
        "indirect",
        "vindt",
        "reported.object",
    ),
    # "het ziekenhuis" for a hospital the article only calls by a name without the word
    (
        "nl",
        "Zuyderland sluit operatiekamers. Zuyderland heeft te weinig personeel. Als gevolg van de "
        "sluitingen is de wachtlijst opgelopen tot 5000 mensen, aldus het ziekenhuis.",
        "de wachtlijst opgelopen tot 5000 mensen",
        "Zuyderland",
        "indirect",
        "aldus",
        "reported.aldus",
    ),
    # an organisation and the role in it, then the name in apposition closing the sentence
    (
        "en",
        "The plans are the least worst option, said the Metropolitan police commissioner, Mark Rowley.",
        "The plans are the least worst option",
        "Mark Rowley",
        "indirect",
        "said",
        "reported.cue_after",
    ),
    # "Volgens de X <verb> de …": a verb the word classes do not know, in second place
    (
        "nl",
        "Het budget gaat omlaag. Volgens de sector blokkeert de regering daarmee de toekomst van de kunsten.",
        "blokkeert de regering daarmee de toekomst",
        "sector",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # "Heading: role Name: “…”": the speaker is named after the last colon
    (
        "nl",
        "Zo reageren de provincies:\n\nWest-Vlaanderen: gouverneur Carl Decaluwé: “Wij houden vast aan "
        "de strenge maatregelen en zitten woensdag samen met alle actoren.”",
        "Wij houden vast aan de strenge maatregelen",
        "Carl Decaluwé",
        "direct",
        None,
        "quote.colon",
    ),
    # a relative clause after a quote's cue that reports more of the same speaker
    (
        "nl",
        'Mark Rutte was in Brussel. "Het was een belangrijk moment", zei Rutte, die benadrukte dat de '
        "alliantie eensgezind is.",
        "de alliantie eensgezind is",
        "Mark Rutte",
        "indirect",
        "benadrukte",
        "reported.dat",
    ),
    # … and after a closing "aldus X"
    (
        "nl",
        "David Rimaux leidt het project. De eerste resultaten zijn positief, aldus nog Rimaux, die verwacht "
        "dat het project wellicht naar het hele land zal worden uitgebreid.",
        "het project wellicht naar het hele land",
        "David Rimaux",
        "indirect",
        "verwacht",
        "reported.dat",
    ),
    # "Thames Water", "British Gas", "Tata Steel": a trade word ending the name makes it a company's
    (
        "en",
        "Households are being urged to cut back on water use.\n\nThames Water said supplies were low in "
        "the areas it serves.\n\nThe company said small changes at home could make a big difference.",
        "small changes at home could make a big difference",
        "Thames Water",
        "indirect",
        "said",
        "reported.said",
    ),
    # "volgens <description>, <full name> <verb>": the name in apposition is the source
    (
        "nl",
        "Wethouder Hester van Buren wil minder schepen. Maar volgens de directeur van PTA, Dick de Graaff "
        "is het aantal zeecruisepassagiers minimaal.",
        "is het aantal zeecruisepassagiers minimaal",
        "Dick de Graaff",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a separable cue's particle far from the verb, where the clause ends
    (
        "nl",
        "Massatoerisme hoeft geen probleem te zijn, legt lector sociale impact toerisme Jeroen Klijs van "
        "Breda University of Applied Sciences uit.",
        "Massatoerisme hoeft geen probleem te zijn",
        "Jeroen Klijs",
        "indirect",
        "legt uit",
        "reported.cue_after",
    ),
    # a cue closing the sentence with its subject is the outer source of a clause with a verb of its own
    (
        "nl",
        "Ze reageerden boos en teleurgesteld, vertelt rector Corinne Sebregts.",
        "Ze reageerden boos en teleurgesteld",
        "Corinne Sebregts",
        "indirect",
        "vertelt",
        "reported.cue_after",
    ),
    (
        "nl",
        "VDL NedCar geeft ondertussen aan dat het personeel vooral vertrouwen moet hebben, zegt Ron Peters.",
        "VDL NedCar geeft ondertussen aan",
        "Ron Peters",
        "indirect",
        "zegt",
        "reported.cue_after",
    ),
    # figures that someone made public (or that were asked of a body) are that someone's (that body's)
    (
        "nl",
        "Slechts in 1 procent van de gevallen is sprake van kwaad opzet, zo blijkt uit cijfers die "
        "topman Alain Remue begin dit jaar vrijgaf.",
        "Slechts in 1 procent van de gevallen",
        "Alain Remue",
        "indirect",
        "blijkt uit",
        "reported.evidence",
    ),
    (
        "nl",
        "Het aantal storingen steeg fors, blijkt uit cijfers die EenVandaag opvroeg bij Rijkswaterstaat.",
        "Het aantal storingen steeg fors",
        "Rijkswaterstaat",
        "indirect",
        "blijkt uit",
        "reported.evidence",
    ),
    # the female form of a role in -er ("fractieleidster") is a role too
    (
        "nl",
        "Barbara Janssens haalde uit naar Vivaldi. ‘Ministers zijn enkel nog op papier verantwoordelijk "
        "voor hun beleid’, zei de Vlaams Belang-fractieleidster.",
        "Ministers zijn enkel nog op papier",
        "Barbara Janssens",
        "direct",
        "zei",
        "quote.cue_after",
    ),
    # a Dutch compound ending in a known role is a role ("vakbondsbestuurder", "persvoorlichter")
    (
        "nl",
        "Hetzelfde was volgens persvoorlichter Monique Goossen het geval bij de brandweer in Brabant.",
        "Hetzelfde was",
        "Monique Goossen",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    (
        "nl",
        "In een ultimatum geeft CNV de supermarkten tot 18 december. “Als de boeren niet voor lege vakken "
        "zorgen, dan wij wel”, zegt CNV-bestuurder en onderhandelaar Jacqueline Twerda.",
        "Als de boeren niet voor lege vakken zorgen",
        "Jacqueline Twerda",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # a press release is an organisation's, not the person in focus
    (
        "en",
        "Cambridge Memorial Hospital declared an outbreak on Friday. Winston Lee, the hospital's chief of "
        "staff, spoke to reporters on Friday. Officials linked the outbreak to a situation on Jan. 25 in "
        "the unit, according to a news release.",
        "Officials linked the outbreak",
        "Cambridge Memorial Hospital",
        "indirect",
        "according to",
        "reported.according",
    ),
    # an organisation, a role in small letters in it, then the name
    (
        "en",
        '"There is an increasing feeling that there should be a delay in that contract," said Senate '
        "Appropriations Committee ranking member Ted Stevens, R-Alaska, who spoke with officials.",
        "There is an increasing feeling",
        "Ted Stevens",
        "direct",
        "said",
        "quote.cue_after",
    ),
    # "a company statement said": the organisation's, not the person in focus
    (
        "en",
        "AT&T said service was restored on Thursday. John Stankey, the chief executive, apologised. "
        '"We have restored wireless service to all our affected customers," a company statement said.',
        "We have restored wireless service",
        "AT&T",
        "direct",
        "said",
        "quote.cue_after",
    ),
    # "de Française": a person described by her nationality is the one just named
    (
        "nl",
        "Christine Lagarde sprak in Frankfurt. ‘Het kan goed zijn dat de inflatie dit jaar significant "
        "hoger uitkomt’, verklaarde de Française.",
        "Het kan goed zijn dat de inflatie",
        "Christine Lagarde",
        "direct",
        "verklaarde",
        "quote.cue_after",
    ),
    # the article's first quote, with nobody in focus yet, is the one person the sentence before names
    (
        "nl",
        "Topman Ralph Hamers van ING presenteerde de cijfers. Bij de presentatie van de cijfers wilde "
        "Hamers nog niet terugblikken op de ophef. „Ik denk dat het goed is om te zien dat klanten ons "
        "blijven vinden.” Vakbondsman Jan de Vries zegt dat het personeel boos is.",
        "Ik denk dat het goed is",
        "Ralph Hamers",
        "direct",
        None,
        "quote.continuation",
    ),
    # "d’Hoop": a surname after an elided particle belongs to the name
    (
        "nl",
        "“Wij hebben helemaal niemand begeleid bij zijn terugkeer”, zegt Geraldine d’Hoop van de IOM.",
        "Wij hebben helemaal niemand begeleid",
        "Geraldine d’Hoop",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    # English drops "that": four words after "the" before the first comma are a clause too
    (
        "en",
        "John Draper runs the line. Draper says the hot line receives, on average, about a 10 percent "
        "increase of calls every month.",
        "the hot line receives",
        "John Draper",
        "indirect",
        "says",
        "reported.said",
    ),
    # a phrase of time right after a cue that is also a participle, then the cue's infinitive clause
    (
        "nl",
        "Havenbedrijf Rotterdam groeit. Het havenbedrijf verwacht in het lopende halfjaar beter te kunnen "
        "profiteren van de wereldwijde groei.",
        "beter te kunnen profiteren",
        "Havenbedrijf Rotterdam",
        "indirect",
        "verwacht",
        "reported.infinitive",
    ),
    # a party named by a common word ("Vooruit") is a name all the same
    (
        "nl",
        "Volgens Vooruit is hier sprake van klassenjustitie, omdat kleine fraudeurs wel worden vervolgd.",
        "is hier sprake van klassenjustitie",
        "Vooruit",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # a full name, then its role in an apposition that the cue closes without a comma
    (
        "en",
        "Jonathan Newby, the group’s acting director and chief executive said: “This government funding "
        "is vital to our work.”",
        "This government funding is vital",
        "Jonathan Newby",
        "direct",
        "said",
        "quote.cue_before",
    ),
    # a role in an organisation opening the sentence, then the person's name between commas: not
    # the leader named before
    (
        "en",
        "Leader Councillor Dave Poole said the merger would be costly. The leader of the Plaid Cymru "
        "group, Councillor Colin Mann, said the council was capable of surviving without merging.",
        "the council was capable of surviving",
        "Colin Mann",
        "indirect",
        "said",
        "reported.said",
    ),
    # a newspaper whose name ends in "blad" is where it was said, not who said it
    (
        "nl",
        "Daarom heeft Ronny Verhelst van KV Kortrijk ontslag ingediend. De voorzitter van KVK geeft er nu "
        "al de brui aan: “Dit was de druppel. De Pro League is onwerkbaar”, klonk het in Het Nieuwsblad.",
        "Dit was de druppel",
        "Ronny Verhelst",
        "direct",
        None,
        "quote.colon",
    ),
    # a verb the cue list does not know, then a pronoun: its subject, not the paper after "in"
    (
        "nl",
        "Zowel de PvdA als de VVD zou in gesprek moeten gaan met de PVV, vindt NSC-leider Pieter Omtzigt. "
        '"Ik vind het heel merkwaardig", begint hij in De Volkskrant.',
        "Ik vind het heel merkwaardig",
        "Pieter Omtzigt",
        "direct",
        None,
        "quote.mention_after",
    ),
    # a full name, then a title in capitals opening an apposition the cue closes without a comma
    (
        "en",
        "Deb Williams, Managing Partner for Clapham Road Surgery said: “We were one of two practices which "
        "came forward.”",
        "We were one of two practices",
        "Deb Williams",
        "direct",
        "said",
        "quote.cue_before",
    ),
    # "per cent", "per head": a rate, not "per the company"
    (
        "en",
        "In comments aimed at the Treasury, Sir Michael Fallon said the Government should aim to do better "
        "than its current target of spending two per cent of GDP on the military.",
        "the Government should aim to do better",
        "Michael Fallon",
        "indirect",
        "said",
        "reported.said",
    ),
    # "the Armed Forces" is an organisation and "North Korea" a state: neither is the person a
    # role closing the sentence points back at
    (
        "en",
        "Britain must increase spending on the Armed Forces in the face of growing threats from Russia "
        "and North Korea, the Defence Secretary has said.",
        "Britain must increase spending",
        "Defence Secretary",
        "indirect",
        "said",
        "reported.cue_after",
    ),
    # "naar eigen zeggen" opening the sentence: the subject after the verb says it
    (
        "nl",
        "Naar eigen zeggen werkt de onderzoeker sinds 1990 in de wetenschap en is hij hoogleraar.",
        "werkt de onderzoeker sinds 1990 in de wetenschap",
        "onderzoeker",
        "indirect",
        "Naar eigen zeggen",
        "reported.own_account",
    ),
    # a common noun capitalised at the start of the sentence before a colon is nobody
    (
        "nl",
        "Richard de Mos wordt lijsttrekker van zijn Groep de Mos. Concurrentie komt er niet: ,,Het "
        "lijsttrekkerschap is bij ons een open procedure, ja. Maar ik word het.''",
        "Het lijsttrekkerschap is bij ons een open procedure",
        "Richard de Mos",
        "direct",
        None,
        "quote.continuation",
    ),
    # a party's initials after "voor de", then the candidate's full name: a person, not "PVV Olaf Stuger"
    (
        "nl",
        "„Een hard gelag”, zo omschrijft SP-Kamerlid Bart van Kent de uitslag. Kandidaat-Europarlementariër "
        "voor de PVV Olaf Stuger kan er nog over grappen. „Dat is het mooie van nul zetels.”",
        "Dat is het mooie van nul zetels",
        "Olaf Stuger",
        "direct",
        None,
        "quote.continuation",
    ),
    # a preposition capitalised at the start of the sentence is no part of a name
    (
        "nl",
        "Namens GroenLinks ging voorman Peter van den Ouden er nog veel steviger in. “Wij willen meer "
        "aandacht voor dit soort overlast.”",
        "Wij willen meer aandacht voor dit soort overlast",
        "Peter van den Ouden",
        "direct",
        None,
        "quote.continuation",
    ),
    # Arabic name particles: "el Achkar", "al-Bahra"
    (
        "nl",
        '"We missen hierdoor een heel grote kans", zegt woordvoerder Mohamed el Achkar.',
        "We missen hierdoor een heel grote kans",
        "Mohamed el Achkar",
        "direct",
        "zegt",
        "quote.cue_after",
    ),
    (
        "nl",
        "Van beweringen dat de opkomst 78,6 procent bedroeg, is volgens al-Bahra niets waar.",
        "Van beweringen dat de opkomst 78,6 procent bedroeg",
        "al-Bahra",
        "indirect",
        "volgens",
        "reported.volgens",
    ),
    # "state" before "officials" is the adjective, not the verb of speech
    (
        "en",
        "Each ticket had a one in 303 million chance of winning, and state officials said that over 25 "
        "million tickets had been sold.",
        "over 25 million tickets had been sold",
        "state officials",
        "indirect",
        "said",
        "reported.that",
    ),
    # "naar buiten brengen dat …": a disclosure with its clause
    (
        "nl",
        "De Inspectie onderzoekt een mishandeling in verpleeghuis De Leeuwenhoek. Trouw bracht "
        "woensdagochtend naar buiten dat verzorgend personeel en bewoners andere bewoners zouden hebben "
        "mishandeld.",
        "verzorgend personeel en bewoners andere bewoners zouden hebben mishandeld",
        "Trouw",
        "indirect",
        "bracht buiten",
        "reported.dat",
    ),
    # a whole quote after "said," whatever its first letter; the clause before a short cue that
    # resumes as a quote is that speaker's too
    (
        "en",
        "The airport will open more routes. Minister for Transport Darragh O’Brien said, “maximising "
        "connectivity to and from Ireland is one of my priorities.”",
        "maximising connectivity to and from Ireland is one of my priorities.",
        "Darragh O’Brien",
        "direct",
        "said",
        "quote.cue_before",
    ),
    (
        "en",
        "The inmate walked away on Friday. Deputies should check on inmates every half hour at minimum, "
        'Sheriff Buddy Grinstead said, "but it boils down to how busy the detention staff is."',
        "Deputies should check on inmates every half hour at minimum",
        "Buddy Grinstead",
        "indirect",
        "said",
        "reported.cue_after",
    ),
    # what a document shows, after a conjunction and behind a long source
    (
        "nl",
        "Vlaanderen ontvangt jaarlijks cruises in Antwerpen en Brugge. Maar uit een bewonersenquête "
        "van Toerisme Vlaanderen in 2021 blijkt dat de helft van de bewoners de cruisetoeristen niet "
        "graag ziet komen.",
        "de helft van de bewoners de cruisetoeristen niet graag ziet komen",
        "Toerisme Vlaanderen",
        "indirect",
        "blijkt uit",
        "reported.evidence",
    ),
    # a perception whose subject follows the verb after a phrase of time
    (
        "nl",
        "Coördinator Han Neef zet zich al zestien jaar in voor de voedselbank. Tijdens de "
        "decembermaanden ziet Neef dat het altijd drukker bij hem wordt.",
        "het altijd drukker bij hem wordt",
        "Han Neef",
        "indirect",
        "ziet",
        "reported.dat",
    ),
    # a passive with a negation, a participle between an article and its noun, a pronoun right
    # after the auxiliary: nobody's words
    (
        "nl",
        "Intussen loopt het onderzoek volop verder. Meer informatie, bijvoorbeeld over de identiteit "
        "van de verdachten, wordt niet bekendgemaakt.",
        "Meer informatie, bijvoorbeeld over de identiteit van de verdachten, wordt niet bekendgemaakt.",
        None,
        "unattributed",
        None,
        "author.statement",
    ),
    (
        "nl",
        "Eén grote oorzaak van die toegenomen files is er niet. Intuïtief zou je verwachten dat de "
        "verkeersdrukte daalt nu thuiswerken is ingeburgerd.",
        "Intuïtief zou je verwachten dat de verkeersdrukte daalt nu thuiswerken is ingeburgerd.",
        None,
        "unattributed",
        None,
        "author.statement",
    ),
    (
        "en",
        "Transportation Minister Caroline Mulroney spoke on Monday. A previously announced pilot project "
        "that will see speed limits raised on three provincial highways launched on Thursday.",
        "A previously announced pilot project that will see speed limits raised on three provincial "
        "highways launched on Thursday.",
        None,
        "unattributed",
        None,
        "author.statement",
    ),
    # a cue inside a relative clause after a comma or a bracket: the phrase it hangs on speaks
    (
        "nl",
        "NS denkt na over een gebaar aan de reizigers. De spoorwegen reageren op staatssecretaris "
        "Stientje van Veldhoven (Spoor) die vanmiddag zei dat NS en ProRail reizigers best mogen "
        "verwennen.",
        "NS en ProRail reizigers best mogen verwennen",
        "Stientje van Veldhoven",
        "indirect",
        "zei",
        "reported.dat",
    ),
]


def test_zelf_after_the_source_of_volgens_is_no_part_of_the_claim():
    # "Volgens de opvangcentra zelf is …": "zelf" belongs to the source
    (claim,) = extract(
        "Volgens de opvangcentra zelf is de kostenstijging te wijten aan de gestegen huur.", "nl"
    )
    assert (claim.speaker, claim.text) == (
        "opvangcentra",
        "is de kostenstijging te wijten aan de gestegen huur",
    )


def test_an_english_reported_clause_ends_before_the_authors_but():
    claims = extract(
        "Other Republican candidates said they support charter schools, but they did not say how.", "en"
    )
    reported = [c for c in claims if c.kind == "indirect"]
    assert [c.text for c in reported] == ["they support charter schools"]


def test_the_maker_of_a_survey_takes_no_role_from_the_document():
    ex = extract_article(
        "Consumer prices rose by 2 percent in March, according to a survey by the Office for "
        "National Statistics.",
        "en",
    )
    assert [(s.name, s.role) for s in ex.speakers] == [("Office for National Statistics", "")]


def test_a_share_ticker_in_brackets_is_no_speaker():
    text = "Shares of Shire (SHP.L) rose on Thursday. The company said sales would grow this year."
    assert "SHP" not in [c.speaker for c in extract(text, "en")]


def test_an_english_reported_clause_goes_on_with_the_speakers_own_but():
    claims = extract(
        "Mr Barrett said the day's events were deeply regrettable, but he was left with no other option.",
        "en",
    )
    reported = [c for c in claims if c.kind == "indirect"]
    assert [c.text for c in reported] == [
        "the day's events were deeply regrettable, but he was left with no other option"
    ]


@pytest.mark.parametrize(
    ("passage", "reported"),
    [
        # the finite verb first: the subject is the sentence's own, the speaker acts again
        (
            "De politie meldde dat er een incident heeft plaatsgevonden, maar kan geen verdere "
            "informatie geven.",
            "er een incident heeft plaatsgevonden",
        ),
        # a subject, then the finite verb: a main clause of the author's
        (
            "Het OM zei dat het die fout nog kon herstellen, maar de rechter was het daar niet mee eens.",
            "het die fout nog kon herstellen",
        ),
        # the verb at the end: the reported clause goes on
        (
            "Het OM zei dat het die fout nog kon herstellen, maar de kosten te hoog waren.",
            "het die fout nog kon herstellen, maar de kosten te hoog waren",
        ),
        # a pronoun subject goes on with the speaker's own words, as annotated
        (
            "Munster zei dat hij in beroep wil gaan, maar hij moet dit nog met het bestuur bespreken.",
            "hij in beroep wil gaan, maar hij moet dit nog met het bestuur bespreken",
        ),
    ],
)
def test_a_dutch_reported_clause_ends_before_a_main_clause_after_maar(passage, reported):
    claims = [c for c in extract(passage, "nl") if c.kind == "indirect"]
    assert [c.text for c in claims] == [reported]


@pytest.mark.parametrize(("lang", "passage", "fragment", "speaker", "kind", "cue", "rule"), CASES)
def test_phenomenon(lang, passage, fragment, speaker, kind, cue, rule):
    check_case(lang, passage, fragment, speaker, kind, cue, rule)


@pytest.mark.parametrize(
    ("lang", "passage"),
    [
        # 'More reports emerged …': a quantity opening the sentence, no name that reports
        ("en", "More reports emerged on Friday of bodies being left in beds for hours."),
        # 'wil dat …', 'eist dat …', 'pleit voor …': a demand is no claim (the conventions leave
        # demands out)
        ("nl", "De vakbond wil dat het kabinet de regeling voor oudere werknemers voortzet."),
        ("nl", "De bond eist dat de toeslagen voor werken op zondag blijven."),
        (
            "nl",
            "De bond pleit voor een snelle doorlichting van alle gevangenissen om te zien waar extra "
            "personeel het hardste nodig is.",
        ),
        # a concession before the cue is no claim: the main clause's object is what was thought
        (
            "nl",
            "Hoewel het bestemmingsplan de plaatsing van de units niet toestaat, vond de gemeente het "
            "een goed idee.",
        ),
        # "announced plans to …": a plan made known is an event, not a claim
        ("en", "Shabana Mahmood announced plans to temporarily cut the minimum time convicts must serve."),
        # "uitspreken" with a noun object only is an event, not a claim
        (
            "nl",
            "Schoof sprak zijn waardering uit voor Nederlandse veteranen die in het buitenland gediend "
            "hebben.",
        ),
        # a name and its aside before the cue is who speaks, not what is said
        ("nl", "Bart Crols, woordvoerder van de NMBS, spreekt over eenmalige gebeurtenissen."),
        # 'de bekende kok': the adjective, not 'bekende' (confessed)
        (
            "nl",
            "Wie nog blij is met de terugkomst van de vissers, is de bekende kok van restaurant "
            "Storm op de kade, Michiel Rabaey.",
        ),
    ],
)
def test_a_sentence_that_reports_nobody_is_the_authors(lang, passage):
    check_case(lang, passage, None, None, "unattributed", None, "author.statement")


@pytest.mark.parametrize(
    ("passage", "claims"),
    [
        # a source's clause stops at the comma after which another source speaks
        (
            "Volgens Ajax werd er met vuurwerk gegooid, PSV meende dat het duel om een andere reden werd "
            "gestaakt.",
            [
                ("werd er met vuurwerk gegooid", "Ajax", "volgens"),
                ("het duel om een andere reden werd gestaakt", "PSV", "meende"),
            ],
        ),
        # a coordinated main clause with its verb right after the source starts the claim
        (
            "Het merendeel van de sigaretten was bedoeld voor de Engelse markt maar volgens de douane neemt "
            "ook het aandeel voor Nederland toe.",
            [
                ("Het merendeel van de sigaretten was bedoeld voor de Engelse markt", None, None),
                ("neemt ook het aandeel voor Nederland toe", "douane", "volgens"),
            ],
        ),
    ],
)
def test_a_dutch_volgens_clause_keeps_to_its_own_main_clause(passage, claims):
    assert [(c.text, c.speaker, c.cue) for c in extract(passage, "nl")] == claims


def test_a_kind_word_before_an_organisations_name_is_not_shown_as_part_of_it():
    claims = extract(
        "Kop\n\nSupermarktketen Dirk sluit zijn filiaal in Assen. Dirk zegt dat de omzet daalde. Volgens de "
        "gemeente Assen is dat jammer. Vakbond FNV zegt dat twintig banen verdwijnen. FNV verwacht dat er "
        "acties komen.",
        "nl",
    )
    # shown by the name the text also uses alone; a municipality keeps its kind word
    assert [c.speaker for c in claims if c.kind == "indirect"] == ["Dirk", "gemeente Assen", "FNV", "FNV"]


def test_two_reported_clauses_in_one_sentence_share_the_speaker():
    claims = extract(
        "Nigeria's opposition candidate Muhammadu Buhari has alleged the election had been rigged and warned "
        "that he would reject the result.",
        "en",
    )
    assert [(c.text, c.speaker, c.cue) for c in claims] == [
        ("the election had been rigged", "Muhammadu Buhari", "alleged"),
        ("he would reject the result", "Muhammadu Buhari", "warned"),
    ]


def test_a_new_subject_takes_the_quote_without_a_cue_after_it():
    text = (
        "“Na rust was het duel gespeeld”, zegt PSV-goalie Jeroen Zoet.\n\n"
        "Willem II-trainer Erwin van de Looi stond weer met lege handen. “Er gebeurde niet wat ik hoopte.”"
    )
    quotes = [c for c in extract(text, "nl") if c.kind == "direct"]
    assert [c.speaker for c in quotes] == ["Jeroen Zoet", "Erwin van de Looi"]


def test_an_organisation_stays_one_name_and_it_points_back_at_it():
    ex = extract_article(
        "Research In Motion said on Monday it plans to cut 2,000 jobs. "
        "It said the cuts bring its headcount to 17,000.",
        "en",
    )
    assert [c.speaker for c in ex.claims] == ["Research In Motion", "Research In Motion"]
    assert ex.claims[1].mention == "It"


def test_a_description_resolves_to_the_person_in_focus():
    text = (
        "“Voor mij was Taylor de beste”, aldus Karim El Ahmadi na afloop.\n\n"
        "“In alles”, verklaart de analist zich nader."
    )
    assert [c.speaker for c in extract(text, "nl")] == ["Karim El Ahmadi", "Karim El Ahmadi"]


def test_a_possessive_role_is_named_after_its_owner():
    text = "De ex-slager Jan M. werd vrijgesproken. Hij is nog bezig in de vleessector, zegt zijn advocaat."
    claim = next(c for c in extract(text, "nl") if c.cue == "zegt")
    assert claim.speaker.startswith("advocaat van Jan M")


def test_two_character_quote_marks_keep_offsets():
    text = "Hij zei: ,,We gaan door''. En: ''Het is klaar.''"
    for c in extract(text, "nl"):
        assert text[c.start : c.end] == c.text


def test_an_adjective_and_an_organisation_word_in_capitals_are_a_name_not_a_description():
    text = (
        "De rechters spraken van ernstige fouten van de aanklager. Volgens het Openbaar Ministerie "
        "ging het slechts om vormfouten in het dossier."
    )
    claim = next(c for c in extract(text, "nl") if "vormfouten" in c.text)
    assert claim.speaker == "Openbaar Ministerie"


def test_he_after_a_spokesperson_is_the_organisation_spoken_for():
    text = (
        "Het ministerie onderzocht de wachttijden, schrijft de krant. “Het duurt te lang”, zei een "
        "NZa-woordvoerder. Volgens hem schiet de aanpak van de verzekeraars op twee punten tekort."
    )
    claims = extract(text, "nl")
    quote = next(c for c in claims if c.text == "Het duurt te lang")
    reported = next(c for c in claims if "schiet de aanpak" in c.text)
    assert quote.speaker == reported.speaker == "Nederlandse Zorgautoriteit"


def test_a_description_of_someone_known_as_the_subject_takes_the_next_quote():
    text = (
        "Wethouder Karin Smit lichtte het plan toe: “Het wordt krap.” Volgens raadslid Piet Hein "
        "is het plan te duur. Toch wijst de wethouder ook op de wachtlijsten. “Die zijn lang. Er "
        "moet iets gebeuren.”"
    )
    last = next(c for c in extract(text, "nl") if c.text.startswith("Die zijn lang"))
    assert (last.speaker, last.rule) == ("Karin Smit", "quote.continuation")


def test_a_quote_closed_by_a_clause_naming_one_person_is_theirs():
    text = (
        "Kop\n\n“Het was geen hoogstaande wedstrijd”, was het oordeel van trainer Ron Jans, die "
        "niet tevreden was. “We moeten beter verdedigen.”"
    )
    claims = extract(text, "nl")
    first, second = (c for c in claims if c.kind == "direct")
    assert (first.speaker, first.rule) == ("Ron Jans", "quote.mention_after")
    assert (second.speaker, second.rule) == ("Ron Jans", "quote.continuation")


def test_a_quote_closed_by_a_clause_naming_two_people_is_not_guessed():
    text = (
        "Kop\n\n“Het was geen hoogstaande wedstrijd”, schreef Ajax na het duel tussen Jan Smit en Piet Bos."
    )
    claims = extract(text, "nl")
    quote = next(c for c in claims if c.kind == "direct")
    assert quote.rule != "quote.mention_after"


def test_an_organisation_word_points_back_at_the_name_it_ended():
    text = (
        "Kop\n\nLandbouworganisatie LTO Noord roept boeren op te protesteren. De gemeente Assen zegt "
        "dat het protest is toegestaan. De organisatie vindt dat de regels van tafel moeten."
    )
    claim = next(c for c in extract(text, "nl") if "regels van tafel" in c.text)
    assert claim.speaker == "LTO Noord"


def test_a_reported_clause_before_a_colon_and_a_quote_gives_both_one_speaker():
    text = (
        "Kop\n\nMinister Karin Smit benadrukte dinsdag dat er te weinig is gebouwd in de regio: "
        "“We moeten de woningbouw weer op gang brengen.”"
    )
    reported, quote = extract(text, "nl")
    assert (reported.kind, reported.speaker, reported.rule) == ("indirect", "Karin Smit", "reported.dat")
    assert (quote.kind, quote.speaker, quote.cue, quote.rule) == (
        "direct",
        "Karin Smit",
        "benadrukte",
        "quote.cue_before",
    )


def test_a_clause_before_its_cue_is_not_pointed_back_at_by_dat():
    text = "Kop\n\nDe minister beloofde een plan. Dat is niet gebeurd, stelde Freya Perdaens vast."
    claim = next(c for c in extract(text, "nl") if c.text == "Dat is niet gebeurd")
    assert (claim.speaker, claim.rule) == ("Freya Perdaens", "reported.cue_after")


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "Headline\n\nCoach Jose Mourinho said the scans were clear. “I don’t know if it is 12 weeks or "
            "12 days,” the Portuguese said after the win.",
            "Jose Mourinho",
        ),
        (
            "nl",
            "Kop\n\nNao Kodaira won zondag de titel in Heerenveen. “Dit was mijn droom”, zei de 32-jarige "
            "Japanse na afloop.",
            "Nao Kodaira",
        ),
    ],
)
def test_a_nationality_describes_the_person_in_focus(lang, text, speaker):
    quote = next(c for c in extract(text, lang) if c.kind == "direct")
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        ("Kop\n\nDe wethouder vindt het ontslag van de directeur onterecht.", True),
        ("Kop\n\nDe bond sprak van een historische vergissing van het kabinet.", True),
        ("Kop\n\nDe buurvrouw schreef vorige week een brief naar de burgemeester van Utrecht.", False),
        ("Kop\n\nHet parket schat de totale buit op zo'n 350.000 euro.", False),
    ],
)
def test_a_dutch_cue_with_only_an_object_claims_it_only_for_opinions_and_namings(text, claimed):
    attributed = [c for c in extract(text, "nl") if c.speaker]
    assert bool(attributed) is claimed


def test_an_inserted_cue_with_a_pronoun_after_an_adverb():
    text = (
        "Headline\n\nPaul Byrne, counsel for the society, said the case should be heard in public. "
        "Secondly, he said, this case was less serious than the other two."
    )
    claim = next(c for c in extract(text, "en") if "less serious" in c.text)
    assert (claim.text, claim.speaker, claim.rule) == (
        "this case was less serious than the other two",
        "Paul Byrne",
        "reported.inserted",
    )


def test_a_possessive_object_after_a_separable_cue_is_no_speaker():
    text = "Kop\n\nRik D. geeft zijn schuld toe, maar wil dat zijn vriend ook verantwoordelijkheid neemt."
    assert all(c.speaker != "schuld" and "schuld" not in (c.speaker or "") for c in extract(text, "nl"))


def test_a_medium_after_a_quote_is_no_speaker():
    text = "Kop\n\nDe storing is voorbij. “De treinen rijden weer”, communiceert het bedrijf via Twitter."
    quote = next(c for c in extract(text, "nl") if c.kind == "direct")
    assert quote.speaker != "Twitter"


def test_a_pronoun_cue_after_a_name_and_colon_is_that_name():
    text = (
        "Kop\n\nAdvocaat Jan de Boer zei dat het OM faalde. Kees V.: „Ik heb al maanden het gevoel "
        "dat de eis vaststaat”, zei hij kwaad."
    )
    quote = next(c for c in extract(text, "nl") if c.kind == "direct")
    assert (quote.speaker, quote.cue) == ("Kees V", "zei")


def test_a_compound_spokesperson_speaks_for_the_organisation_of_that_kind():
    text = (
        "Kop\n\nDe gemeente Roosendaal zoekt een oplossing. De bewoners eisen excuses. Een "
        "gemeentewoordvoerder laat weten dat de burgemeester niet via de media zal reageren."
    )
    claim = next(c for c in extract(text, "nl") if c.speaker)
    assert claim.speaker == "gemeente Roosendaal"


def test_a_quoted_heading_belongs_to_whoever_says_it_in_the_text():
    text = (
        "Kop\n\nKamerlid Anna de Groot vindt het plan te duur.\n\n'Volkshuisvesting in ere herstellen'\n\n"
        "Minister Hugo de Jonge benadrukte: “We moeten de volkshuisvesting weer in ere herstellen.”"
    )
    heading = next(c for c in extract(text, "nl") if c.rule == "quote.heading")
    assert heading.speaker == "Hugo de Jonge"


def test_a_coordinated_cue_after_an_opening_phrase_keeps_the_authors_clause():
    text = (
        "Headline\n\nSpeaking on the radio, Dr Anne Byrne apologised to patients who are waiting for "
        "a bed, and said there was no sense of complacency."
    )
    author, reported = extract(text, "en")
    assert author.kind == "unattributed" and author.text.endswith("waiting for a bed")
    assert (reported.speaker, reported.cue, reported.text) == (
        "Anne Byrne",
        "said",
        "there was no sense of complacency",
    )


def test_a_capital_van_after_a_role_opens_a_surname_and_a_role_word_is_no_given_name():
    text = (
        "Kop\n\nBuurtbewoner Wouter van den Berg is boos: “Dit is veel te hoog.” Wethouder Van Liere "
        "weet dat de bewoners niet blij zijn. Volgens hem zijn de woningen toch echt nodig."
    )
    claims = extract(text, "nl")
    quote = next(c for c in claims if c.kind == "direct")
    reported = next(c for c in claims if c.cue == "volgens")
    assert quote.speaker == "Wouter van den Berg"
    assert reported.speaker == "Van Liere"


def test_the_subject_after_an_opening_participle_phrase_takes_the_next_pronoun_cue():
    text = (
        "Headline\n\nPrime Minister Anne Carter dismissed the criticism. Responding to the opposition on "
        "television, Treasurer Josh Reed did not say how much was spent. “It is spent by the rules,” he said."
    )
    quote = next(c for c in extract(text, "en") if c.kind == "direct")
    assert quote.speaker == "Josh Reed"


def test_a_dash_and_a_name_closing_the_line_sign_the_quote_before_them():
    text = (
        "Readers responded.\n\n“Mr. Trump embodies the lasting legacy of racism. He represents our greatest "
        "shame.” ― Sonya Herridge\n“During the debate he said Hispanics like him. I do not.” ― Pamela Padilla"
    )
    first, second = (c for c in extract(text, "en") if c.kind == "direct")
    assert (first.speaker, first.cue, first.rule) == ("Sonya Herridge", "―", "quote.dash")
    assert (second.speaker, second.text) == (
        "Pamela Padilla",
        "During the debate he said Hispanics like him. I do not.",
    )


def test_a_personal_pronoun_never_points_at_the_organisation_in_focus():
    text = "Kop\n\n“We zien geen gevaar”, zegt de AIVD. Volgens hem is de onrust aan de minister te danken."
    quote, statement = extract(text, "nl")
    assert quote.speaker == "AIVD"
    assert statement.speaker is None and statement.kind == "unattributed"


def test_a_known_surname_opening_with_de_is_the_person_not_a_description():
    text = (
        "Kop\n\nMinister De Jonge vindt dat de VVD liefdeloos reageert.\n\n"
        "Volgens Kamerlid De Groot wil de minister alles uitrollen.\n\n"
        "De Jonge benadrukte vanochtend dat de overheid te weinig heeft gedaan."
    )
    last = extract(text, "nl")[-1]
    assert (last.speaker, last.cue) == ("De Jonge", "benadrukte")


def test_the_prosecutor_is_a_person_in_a_role_and_the_victim_is_someone_else():
    text = (
        'Kop\n\nHet OM eiste twaalf jaar cel. De officier van justitie sprak van een "mislukte liquidatie". '
        "Het slachtoffer opperde dat het te maken kon hebben met een conflict. “Hij wist wat hij deed”, "
        "aldus de aanklager."
    )
    claims = extract(text, "nl")
    by_cue = {c.cue: c.speaker for c in claims}
    assert by_cue["sprak van"] == "officier van justitie"
    assert by_cue["aldus"] == "officier van justitie"
    assert by_cue["opperde"] != "officier van justitie"


def test_a_surname_opening_a_sentence_is_the_person_named_in_full_before():
    text = (
        "Kop\n\nIn Antwerpen heeft Bart De Wever (N-VA) vandaag bij gouverneur Cathy Berx de eed afgelegd. "
        "Twee Antwerpse gemeenten zitten nog zonder burgemeester. De Wever kwam nog even terug op de "
        "coalitie. “De voorbije legislatuur was soms woelig”, zei hij."
    )
    quote = next(c for c in extract(text, "nl") if c.kind == "direct")
    assert quote.speaker == "Bart De Wever"


def test_a_surname_speaker_gets_the_full_name_the_article_gave_before():
    text = (
        "Kop\n\nHet debat met Frans Timmermans en Geert Wilders duurde uren.\n\n"
        "“Kennelijk beschikken zij over een glazen bol”, zei Timmermans."
    )
    quote = next(c for c in extract(text, "nl") if c.kind == "direct")
    assert quote.speaker == "Frans Timmermans"


def test_a_quoted_question_is_asked_not_claimed():
    text = (
        "Kop\n\n„Zag u dat de auto met eieren werd bekogeld?”, wil de rechter weten. „Dus de agent liegt”, "
        "zegt de rechter."
    )
    claims = extract(text, "nl")
    assert [c.text for c in claims if c.kind == "direct"] == ["Dus de agent liegt"]


def test_a_name_with_an_aside_between_dashes_takes_the_quotes_around_it():
    text = (
        "Kop\n\n“Mijn gsm staat niet stil. Heel wat boeren zijn verontrust.”\n\n"
        "Bram Van Hecke - twintiger, boerenzoon uit Oudenburg en voorzitter van belangengroep Groene Kring - "
        "kan het "
        "nog niet bevatten. “Dat klopt helaas.”"
    )
    quotes = [c for c in extract(text, "nl") if c.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Bram Van Hecke", "Bram Van Hecke"]


def test_the_one_person_named_before_a_colon_says_the_quote():
    text = (
        "Kop\n\n“We hebben verdiend gewonnen”, zei Franky Vercauteren.\n\n"
        "Bij Hein Vanhaezebrouck een heel ander verhaal: “Van onze kant ben ik ook tevreden.”\n\n"
        "Tijdens de gemeenteraad uitte eerst Immanuel De Reuse (Vlaams Belang) zijn ongenoegen: "
        "“Het hoort gewoon niet.”"
    )
    quotes = [c for c in extract(text, "nl") if c.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Franky Vercauteren", "Hein Vanhaezebrouck", "Immanuel De Reuse"]


def test_two_given_names_and_a_van_surname_when_the_text_uses_the_surname_alone():
    text = (
        "Kop\n\nTopman Jan Derck van Karnebeek van FrieslandCampina zegt dat het een zware dag is. "
        "“Vandaag is een zware dag”, zegt Van Karnebeek.\n\n"
        "Sanne Bos van Vitens zegt dat het water schoon is."
    )
    speakers = [c.speaker for c in extract(text, "nl") if c.speaker]
    assert speakers == ["Jan Derck van Karnebeek", "Jan Derck van Karnebeek", "Sanne Bos"]


def test_a_portfolio_after_a_role_is_no_name_and_a_party_tag_introduces_a_politician():
    text = (
        "Kop\n\nMarjolein Moorman (PvdA), die vooral bekend is als wethouder Onderwijs, had zich voorgenomen "
        "aandacht te vragen. “Maar juist daarom doe ik het,” antwoordde zij.\n\n"
        "Uit enthousiasme begon Hester van Buren (PvdA) maar gewoon antwoord te geven. Ze wordt onder meer "
        "wethouder Financiën. “Ja, dat wordt druk,” zei ze."
    )
    quotes = [c for c in extract(text, "nl") if c.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Marjolein Moorman", "Hester van Buren"]


def test_a_plural_description_after_a_list_of_names_is_the_list_jointly():
    text = (
        "Kop\n\n“Begin vandaag nog”, zeggen Natuurmonumenten, Landschappen NL en het Wereldnatuurfonds "
        "in een oproep.\n\n"
        "De droogte heeft tot onherstelbare schade geleid, concluderen de natuurorganisaties.\n\n"
        "Jan Gulikers, Marly Heusschen en Paul Sanders zijn opgestapt. Volgens de wethouders ontstond zo "
        "een nieuwe situatie.\n\nVolgens de bronnen was dat al eerder bekend."
    )
    by_cue = [(c.cue, c.speaker) for c in extract(text, "nl") if c.kind == "indirect"]
    assert by_cue[0] == ("concluderen", "Natuurmonumenten, Landschappen NL en het Wereldnatuurfonds")
    assert by_cue[1] == ("volgens", "Jan Gulikers, Marly Heusschen en Paul Sanders")
    assert by_cue[2][1] != "Jan Gulikers, Marly Heusschen en Paul Sanders"


def test_a_long_statement_closed_by_a_tag_question_is_still_claimed():
    text = (
        "Headline\n\n“These are very serious offences and you have to justify to me why you should not go "
        "into custody, do you understand?” Ms Bourne said. "
        "“How do we get Sunnyside, Third Ward or Acres Homes to look like Midtown?” she asked."
    )
    quotes = [c for c in extract(text, "en") if c.kind == "direct"]
    assert len(quotes) == 1 and quotes[0].text.startswith("These are very serious offences")


def test_a_newspaper_speaks_and_de_krant_points_back_at_it():
    text = (
        "Kop\n\nPatiënten die in het UZ Leuven een operatie ondergaan, kunnen kiezen. Dat schrijft De Morgen "
        "vrijdag.\n\nBij het Vlaams Patiëntenplatform herkennen ze de klacht, schrijft de krant.\n\n"
        "Volgens de Volkskrant is dat niet waar."
    )
    speakers = [c.speaker for c in extract(text, "nl") if c.speaker]
    assert speakers == ["De Morgen", "De Morgen", "de Volkskrant"]


def test_a_participle_opening_the_sentence_is_no_speaker():
    text = (
        'Burgemeester Henri Lenferink bood excuses aan.\n\nGeëmotioneerd zei Lenferink: "Ik vind dit lastig."'
    )
    quote = [c for c in extract(text, "nl") if c.kind == "direct"]
    assert [(c.text, c.speaker) for c in quote] == [("Ik vind dit lastig.", "Henri Lenferink")]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # scraped text with the space after a full stop lost
        (
            "Zijn collega dook terug de dienstauto in.Volgens advocaat Romando Neijndorff is er geen "
            "sprake van poging tot doodslag.",
            ["Zijn collega dook terug de dienstauto in.", "Volgens advocaat Romando Neijndorff"],
        ),
        # but no split inside an abbreviation, an initial or a web address
        ("Het kostte ca.Tweehonderd euro volgens de bank.", ["Het kostte ca.Tweehonderd"]),
        ("Dat zei J.Smith op NU.nl gisteren.", ["Dat zei J.Smith"]),
    ],
)
def test_sentences_glued_by_a_lost_space_are_split(text, sentences):
    from claims.extraction.sentences import split_sentences

    found = [text[s.start : s.end] for s in split_sentences(text, 0, len(text))]
    assert len(found) == len(sentences)
    assert all(f.startswith(p) for f, p in zip(found, sentences, strict=True))


def test_a_fronted_phrase_is_no_claim_of_its_own():
    text = "At the party meeting Mr Varadkar said the passing of the motion by 19 votes was a good day."
    assert [c.text for c in extract(text, "en")] == ["the passing of the motion by 19 votes was a good day"]


def test_a_pronoun_with_nobody_before_it_is_not_the_name_after_it():
    text = "Hij vervolgt tegenover het Italiaanse RAI: „Dat komt ervan als renners niet opdagen.”"
    assert [c.speaker for c in extract(text, "nl") if c.kind == "direct"] == [None]


# Words that look like a report but report nothing: each sentence is the author's own, or no claim.
AUTHOR = [("unattributed", None)]  # one claim, the author's own
AUTHOR_ONLY = [
    # "heard" reports only after a court word
    ("en", "Neighbours heard a loud bang on Monday night.", AUTHOR),
    # "volgens de wet", "according to plan": in keeping with a rule, no source
    ("nl", "De bond roept boeren op de acties volgens de wet te laten verlopen.", AUTHOR),
    ("en", "The launch went ahead according to plan on Tuesday morning.", AUTHOR),
    ("nl", "De bussen en trams blijven volgens de normale dienstregeling rijden.", AUTHOR),
    # an expectation with only a noun object: a figure, not a claim ("a share" is no verb)
    ("en", "Analysts had forecast an annual profit of $1.92 per share.", AUTHOR),
    ("en", "Police found the body of a man in the river on Monday.", AUTHOR),
    # a verb that names only with "as"
    ("en", "Police praised the staff for their quick work on Monday night.", AUTHOR),
    # seeing something happen
    (
        "nl",
        "Naaste buurman, Sebastiaan Appeltans van viswinkel Den Hengel, zag het allemaal gebeuren.",
        AUTHOR,
    ),
    # a passive speech verb
    (
        "en",
        "Police were called by a member of the public at about 5pm after reports of a fight.",
        AUTHOR,
    ),
    (
        "en",
        "The Prime Minister was said to have approached the backbencher outside the chamber.",
        AUTHOR,
    ),
    # a question or a "toen" clause before a verb
    (
        "nl",
        "Waarom de scholen dan toch dicht gingen, wil minister Ben Weyts niet zeggen.",
        AUTHOR,
    ),
    (
        "nl",
        "Toen de trein aankwam in Brussel-Zuid, gaf de NMBS water aan de reizigers.",
        AUTHOR,
    ),
    # a decision to act
    (
        "nl",
        "Dinsdag besloot wethouder Roos van Gelderen toch op te stappen uit het college van Leiden.",
        AUTHOR,
    ),
    # a speech verb used otherwise: "vond … plaats", "zeggen hoeveel", "noemde geen"
    ("nl", "Destijds vond veel telefonisch overleg plaats tussen het RIVM en het ministerie.", []),
    ("nl", "De curator wil niet zeggen hoeveel schuldeisers het er precies zijn.", AUTHOR),
    ("nl", "De officier noemde geen motief voor de aanslag op de advocaat.", AUTHOR),
    # a separable verb without its clause
    ("nl", "De lichten gaan om tien uur uit in het stadion.", AUTHOR),
]


@pytest.mark.parametrize(("lang", "text", "expected"), AUTHOR_ONLY)
def test_words_that_look_like_a_report_report_nothing(lang, text, expected):
    assert [(c.kind, c.speaker) for c in extract(text, lang)] == expected


def test_a_cue_repeated_at_the_end_of_the_clause_stays_out_of_the_claim():
    text = "Klaas Knot said that wages are rising too fast, he said on Tuesday."
    assert [c.text for c in extract(text, "en")] == ["wages are rising too fast"]


def test_a_court_described_is_never_another_organisation_in_focus():
    claims = extract(
        "Het Openbaar Ministerie eiste twee jaar cel. De rechtbank oordeelde dat er nog extra onderzoek "
        "nodig was.",
        "nl",
    )
    court = next(c for c in claims if "extra onderzoek" in c.text)
    assert court.speaker == "rechtbank"


def test_a_phrase_after_volgens_ends_at_its_noun():
    claims = extract("Die regels zijn volgens de fractie moeilijk te controleren en te handhaven.", "nl")
    assert [c.speaker for c in claims if c.kind == "indirect"] == ["fractie"]


def test_an_elision_is_no_quote_mark():
    claims = extract("Hij komt ’s avonds thuis en ’t is al laat, zei de buurman.", "nl")
    assert all(c.kind != "direct" for c in claims)


def test_an_opening_participle_is_no_organisation_a_description_points_back_at():
    claims = extract(
        "Speaking to reporters yesterday, Minister Leo Varadkar said the budget is ready. Meanwhile, "
        "Fianna Fáil has said there are no surprises. The party claims that the detail is decided.",
        "en",
    )
    assert [c.speaker for c in claims if c.kind == "indirect"][:2] == ["Leo Varadkar", "Fianna Fáil"]
    assert all(c.speaker != "Speaking" for c in claims)


def test_a_description_of_a_newspaper_never_becomes_its_name():
    claims = extract(
        "De familie overweegt juridische stappen, schrijft het AD.\n\n"
        "Volgens de krant was ze een bekend gezicht.",
        "nl",
    )
    assert [c.speaker for c in claims if c.kind == "indirect"] == ["AD", "AD"]


def test_a_place_spelt_with_the_dutch_ij_is_no_organisation():
    claims = extract(
        "Al jaren ligt Tata Steel in IJmuiden onder vuur. Maar het bedrijf zegt nu sneller "
        "maatregelen te nemen.",
        "nl",
    )
    reported = [c for c in claims if c.kind == "indirect"]
    assert reported and all(c.speaker != "IJmuiden" for c in reported)


def test_state_in_a_title_is_no_cue():
    claims = extract(
        "Delegations from Germany and Ukraine were also in Paris, as well as US secretary of state "
        "Marco Rubio and US special envoy Steve Witkoff.",
        "en",
    )
    assert all(c.kind == "unattributed" for c in claims)


def test_a_claim_before_a_closing_cue_leaves_the_dateline_out():
    claims = extract(
        "LONDON (Reuters) - The meeting was “constructive and friendly”, her spokesman said.", "en"
    )
    reported = [c for c in claims if c.cue == "said"]
    assert reported and reported[0].text.startswith("The meeting was")


# words a parse reached that are nobody: (language, passage, the speaker that must not appear)
NOT_SPEAKERS = [
    # "aankondigde om …": a preposition opens no phrase, so no "het OM"
    (
        "nl",
        "De vakbonden voeren al een maand actie, nadat de directie aankondigde om haar 128 winkels "
        "in eigen beheer te willen verzelfstandigen.",
        "Openbaar Ministerie",
    ),
    # a present participle opening a sentence
    (
        "nl",
        "“Topsport doe je zelf, dit heb je niet in handen.” Zenuwslopend vond Fijn de verkiezingsdag.",
        "Zenuwslopend",
    ),
    # an adjective and its complement opening a sentence
    ("nl", "Blij met de kritiek was de bondscoach zeker niet: ,,Hij was altijd in beeld bij mij.''", "Blij"),
]


@pytest.mark.parametrize("lang,passage,nobody", NOT_SPEAKERS)
def test_words_a_parse_reached_are_no_speaker(lang, passage, nobody):
    assert all(c.speaker != nobody for c in extract(passage, lang))


def test_a_subject_with_its_relative_aside_is_no_claim_before_the_verb():
    # "Cretella, whose business manages …, expects …": the words before the verb are who speaks
    claims = extract(
        "Cretella, whose business manages several venues used for weddings, expects the ban to hurt.",
        "en",
    )
    assert claims
    assert not any(c.speaker and c.text.startswith("Cretella, whose") for c in claims)
