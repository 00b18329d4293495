using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace SafeSchools.Bot.Safeguarding.Text;

/// <summary>
/// Text-speak, slang and common misspellings young people use, each mapped to the plain words the patterns in
/// <c>alerts.yaml</c> and <c>intents.yaml</c> are written in. Whole tokens only.
/// </summary>
internal static class SlangLexicon
{
    private static readonly FrozenDictionary<string, string> Replacements = new Dictionary<string, string>
    {
        // Self-harm and danger slang
        ["kms"] = "kill myself", ["kys"] = "kill yourself", ["kmsl"] = "kill myself laughing", ["unalive"] = "kill",
        ["unalived"] = "killed", ["unaliving"] = "killing", ["sewerslide"] = "suicide", ["suicde"] = "suicide",
        ["sucide"] = "suicide", ["suiside"] = "suicide", ["suicid"] = "suicide", ["sucidal"] = "suicidal",
        ["suisidal"] = "suicidal", ["kil"] = "kill", ["kiled"] = "killed", ["kilin"] = "killing", ["killin"] = "killing",
        ["kilmyself"] = "kill myself", ["killmyself"] = "kill myself", ["selfharm"] = "self harm",
        ["selfharming"] = "self harming", ["slefharm"] = "self harm", ["od"] = "overdose", ["oding"] = "overdosing",
        ["hurtin"] = "hurting", ["cuttin"] = "cutting", ["harmin"] = "harming", ["bleedin"] = "bleeding",
        ["followin"] = "following", ["stabbin"] = "stabbing", ["ded"] = "dead", ["dyin"] = "dying",
        ["myslef"] = "myself", ["meself"] = "myself", ["mysef"] = "myself", ["maself"] = "myself", ["mself"] = "myself",
        ["myself"] = "myself", ["urself"] = "yourself", ["yourslef"] = "yourself", ["🔪"] = "knife", ["🔫"] = "gun",

        // Abuse and sextortion words
        ["touchin"] = "touching", ["tuches"] = "touches", ["tuched"] = "touched", ["toches"] = "touches",
        ["tuching"] = "touching", ["rapped"] = "raped", ["rapd"] = "raped", ["raipd"] = "raped", ["abuseing"] = "abusing",
        ["abussed"] = "abused", ["abuced"] = "abused", ["molestd"] = "molested", ["privates"] = "privates",
        ["blakmail"] = "blackmail", ["blackmale"] = "blackmail", ["blackmial"] = "blackmail",
        ["blakmailing"] = "blackmailing", ["blackmaling"] = "blackmailing", ["blackmailin"] = "blackmailing",
        ["threatnin"] = "threatening", ["threating"] = "threatening", ["thretening"] = "threatening",
        ["threatend"] = "threatened", ["sextorted"] = "sextorted", ["nude"] = "nude", ["nudez"] = "nudes",
        ["noodz"] = "nudes", ["noods"] = "nudes", ["noodes"] = "nudes", ["nudies"] = "nudes", ["nudz"] = "nudes",
        ["noodles"] = "noodles", ["nood"] = "nude", ["newds"] = "nudes", ["nudess"] = "nudes", ["nds"] = "nudes",
        ["pic"] = "pic", ["pix"] = "pics", ["picz"] = "pics", ["piks"] = "pics", ["picss"] = "pics",
        ["pictures"] = "pictures", ["piccies"] = "pics", ["pics"] = "pics", ["vid"] = "video", ["vids"] = "videos",
        ["nakid"] = "naked", ["nakd"] = "naked", ["nekkid"] = "naked", ["nked"] = "naked",
        ["sexting"] = "sexting", ["sext"] = "sext", ["secks"] = "sex", ["seks"] = "sex", ["sexx"] = "sex",
        ["dickpic"] = "dick pic", ["dickpics"] = "dick pics", ["snap"] = "snapchat", ["insta"] = "instagram",
        ["ig"] = "instagram", ["dm"] = "message", ["dms"] = "messages", ["dmd"] = "messaged", ["dmed"] = "messaged",
        ["msg"] = "message", ["msgs"] = "messages", ["txt"] = "text", ["txts"] = "texts", ["txted"] = "texted",
        ["quid"] = "pounds", ["money"] = "money", ["£"] = "£", ["$"] = "$",

        // Everyday text-speak
        ["u"] = "you", ["ya"] = "you", ["yu"] = "you", ["ur"] = "your", ["urs"] = "yours", ["r"] = "are",
        ["wanna"] = "want to", ["wana"] = "want to", ["wnna"] = "want to", ["gonna"] = "going to",
        ["gunna"] = "going to", ["gona"] = "going to", ["finna"] = "going to", ["gotta"] = "got to",
        ["tryna"] = "trying to", ["wont"] = "wont", ["pls"] = "please", ["plz"] = "please", ["plez"] = "please",
        ["some1"] = "someone", ["sum1"] = "someone", ["sumone"] = "someone", ["somone"] = "someone",
        ["any1"] = "anyone", ["every1"] = "everyone", ["evry1"] = "everyone", ["no1"] = "no one",
        ["noone"] = "no one", ["nobdy"] = "nobody", ["ppl"] = "people", ["peeps"] = "people",
        ["bc"] = "because", ["cuz"] = "because", ["coz"] = "because", ["cos"] = "because", ["bcoz"] = "because",
        ["bcos"] = "because", ["becuase"] = "because", ["becos"] = "because", ["abt"] = "about", ["rn"] = "right now",
        ["atm"] = "at the moment", ["2nite"] = "tonight", ["2night"] = "tonight", ["tonite"] = "tonight",
        ["2day"] = "today", ["2moro"] = "tomorrow", ["2morrow"] = "tomorrow", ["tmrw"] = "tomorrow",
        ["tmr"] = "tomorrow", ["tomoz"] = "tomorrow", ["2mrw"] = "tomorrow", ["b4"] = "before", ["h8"] = "hate",
        ["h8s"] = "hates", ["m8"] = "mate", ["m8s"] = "mates", ["gr8"] = "great", ["l8r"] = "later", ["w8"] = "wait",
        ["wen"] = "when", ["wot"] = "what", ["wat"] = "what", ["wut"] = "what", ["dat"] = "that", ["dis"] = "this",
        ["dem"] = "them", ["der"] = "there", ["wiv"] = "with", ["wid"] = "with", ["w"] = "with", ["bf"] = "boyfriend",
        ["gf"] = "girlfriend", ["bff"] = "best friend", ["skl"] = "school", ["skool"] = "school", ["scool"] = "school",
        ["teh"] = "the", ["da"] = "the", ["n"] = "and", ["nd"] = "and", ["idk"] = "i dont know",
        ["dunno"] = "dont know", ["dont"] = "dont", ["dnt"] = "dont", ["didnt"] = "didnt", ["cant"] = "cant",
        ["cnt"] = "cant", ["im"] = "im", ["ive"] = "ive", ["iv"] = "ive", ["ima"] = "im going to",
        ["imma"] = "im going to", ["lemme"] = "let me", ["gimme"] = "give me", ["tho"] = "though",
        ["thru"] = "through", ["rly"] = "really", ["rlly"] = "really", ["realy"] = "really", ["srsly"] = "seriously",
        ["luv"] = "love", ["k"] = "ok", ["kk"] = "ok", ["okay"] = "ok", ["bro"] = "bro", ["ppl's"] = "people",
        ["mam"] = "mum", ["mom"] = "mum", ["mommy"] = "mum", ["mummy"] = "mum", ["ma"] = "mum",
        ["stepdad"] = "step dad", ["stepmum"] = "step mum", ["stepmom"] = "step mum", ["stepbrother"] = "step brother",
        ["stepsister"] = "step sister", ["grandad"] = "grandad", ["granddad"] = "grandad", ["grandpa"] = "grandad",
        ["bully"] = "bully", ["bullyed"] = "bullied", ["bulled"] = "bullied", ["bulied"] = "bullied",
        ["bullyin"] = "bullying", ["buling"] = "bullying", ["bulling"] = "bullying", ["bullyng"] = "bullying",
        ["cyberbulling"] = "cyberbullying", ["cyberbullyed"] = "cyberbullied", ["preasure"] = "pressure",
        ["presure"] = "pressure", ["pressurin"] = "pressuring", ["embarasing"] = "embarrassing",
        ["embarassing"] = "embarrassing", ["embarrasing"] = "embarrassing", ["emberassing"] = "embarrassing",
        ["freinds"] = "friends", ["frends"] = "friends", ["freind"] = "friend", ["frend"] = "friend",
        ["parnet"] = "parent", ["dauther"] = "daughter", ["daugter"] = "daughter", ["doughter"] = "daughter",
        ["childs"] = "childs", ["kiddo"] = "child", ["teenager"] = "teenager", ["teenage"] = "teenage",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> QuantityNouns = new[]
    {
        "years", "year", "yrs", "yr", "yo", "y", "weeks", "week", "days", "day", "months", "month", "hours", "hour",
        "hrs", "mins", "minutes", "times", "people", "men", "boys", "girls", "of", "or", "and", "pounds", "quid",
        "grand", "k", "am", "pm", "oclock", "o", "kids", "children", "friends", "brothers", "sisters",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NumberSuffixes = new[]
    {
        "yo", "yr", "yrs", "y", "year", "years", "yearold", "yearsold", "st", "nd", "rd", "th", "am", "pm", "k", "p",
        "m", "min", "mins", "h", "hr", "hrs", "quid", "ish", "s", "x", "gb", "mb",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Looks up the plain words for a slang or misspelt token.</summary>
    public static bool TryGet(string token, [MaybeNullWhen(false)] out string replacement) =>
        Replacements.TryGetValue(token, out replacement);

    /// <summary>Whether a number followed by <paramref name="token"/> is a quantity ("2 years"), not "2" for "to".</summary>
    public static bool IsQuantityNoun(string token) => QuantityNouns.Contains(token);

    /// <summary>Whether <paramref name="suffix"/> after digits makes one token a number with a unit ("12yo", "3pm").</summary>
    public static bool IsNumberSuffix(string suffix) => NumberSuffixes.Contains(suffix);
}
