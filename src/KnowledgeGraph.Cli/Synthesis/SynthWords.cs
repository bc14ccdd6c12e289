namespace KnowledgeGraph.Cli.Synthesis;

/// <summary>Word lists of our own for the synthetic corpus: names, offices, topics, filler vocabulary.</summary>
internal static class SynthWords
{
    public static readonly string[] FirstNames =
    [
        "Ana", "Tomás", "Mariela", "Jonas", "Priya", "Kwame", "Ingrid", "Mateo", "Leila", "Dmitri", "Sofía", "Hiroshi", "Amara", "Lukas",
        "Nadia", "Rafael", "Chen", "Oluwaseun", "Elena", "Farid", "Greta", "Joaquín", "Aisha", "Pieter", "Lucía", "Arjun", "Margit",
        "Diego", "Yasmin", "Henrik", "Camila", "Tariq", "Beatriz", "Emeka", "Sanna", "Andrés", "Mei", "Viktor", "Rosa", "Kofi",
        "Isabel", "Nikolai", "Fatima", "Bruno", "Hana", "Javier", "Zainab", "Marek", "Carmen", "Idris", "Helga", "Esteban", "Noor",
        "Oskar", "Valeria", "Sipho", "Teresa", "Ravi", "Ilse", "Gabriel", "Amina", "Felipe", "Katarina", "Samuel", "Lina", "Ernesto",
    ];

    public static readonly string[] Surnames =
    [
        "Lobato", "Ferreira", "Okafor", "Lindqvist", "Moreau", "Castellanos", "Nakamura", "Adeyemi", "Novak", "Quintero", "Haddad",
        "Brandt", "Sorensen", "Iglesias", "Mensah", "Kowalczyk", "Varga", "Delgado", "Ostrowski", "Takeda", "Alvarado", "Bianchi",
        "Oyelaran", "Petrenko", "Sandoval", "Eriksen", "Marchetti", "Achebe", "Cordero", "Halvorsen", "Rahimi", "Vidal", "Kuznetsov",
        "Mbeki", "Arrieta", "Lindgren", "Fontaine", "Obregón", "Szabo", "Navarro", "Wójcik", "Galindo", "Nyberg", "Santoro", "Abara",
        "Villanueva", "Horvat", "Echeverría", "Dahl", "Mwangi", "Salgado", "Roux", "Bergstrom", "Carvalho", "Tanaka", "Ibarra",
        "Kaminski", "Ortega", "Solberg", "Ruiz-Tagle", "Mendoza", "Keller", "Amadi", "Paredes", "Lund", "Zamora",
    ];

    public static readonly string[] Offices =
    [
        "Finance Minister", "Energy Minister", "Interior Minister", "Trade Minister", "Health Minister", "Transport Minister",
        "government spokesperson", "opposition leader", "central bank governor", "police chief", "union leader", "mayor",
        "chief executive", "chief financial officer", "company spokesperson", "prosecutor", "defence lawyer", "port director",
        "senior diplomat", "party chairman", "regional governor", "army spokesman", "human rights lawyer", "club president",
    ];

    public static readonly string[] CompanySuffixes = ["Group", "Holdings", "Energy", "Logistics", "Pharma", "Bank", "Motors", "Airways", "Mining", "Telecom"];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static readonly string[] Goods = ["fuel", "rice", "electricity", "bread", "cooking gas", "medicine", "fertiliser", "cement"];

    public static readonly string[] Topics =
    [
        "the pension reform", "the fishing quota", "the mining licence", "the pipeline project", "the port concession", "the vaccine contract",
        "the border agreement", "the debt restructuring", "the railway tender", "the water rationing plan", "the election calendar",
        "the grain deal", "the telecom merger", "the airport expansion", "the tax amnesty", "the arms purchase", "the housing programme",
    ];

    public static readonly string[] Adjectives = ["baseless", "absurd", "malicious", "completely false", "fabricated", "misleading", "irresponsible"];

    public static readonly string[] Sources = ["people familiar with the matter", "two officials", "a leaked memo", "unnamed sources", "a person close to the talks"];

    public static readonly string[] Nouns = ["shortages", "protests", "delays", "inflation", "the drought", "the strike", "the blackout", "the floods", "the audit"];
}
