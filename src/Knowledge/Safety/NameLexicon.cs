using System.Collections.Frozen;

namespace CpcCoach.Knowledge.Safety;

/// <summary>
/// Word lists for name detection. A capitalised word after a cue ("pt", "daughter", "Mr") is a name unless it is
/// a known non-name; a common first name is a name anywhere. Words that are also ordinary English or clinical
/// words (Hope, Grace, Will, Max, Frank, June) are deliberately left out of <see cref="FirstNames"/>.
/// </summary>
internal static class NameLexicon
{
    public static readonly FrozenSet<string> FirstNames = Words("""
        aaliyah aaron abdul abigail adam adebayo adriana agnes ahmed aisha alan albert alejandro alex alexander alfred
        alice alicia alison amanda amara amir amy ana andrea andrew angela anita ann anna anne annie anthony antonio
        arjun arthur ashley barbara beatrice benjamin bernard beth betty beverly brenda brian bridget bruce carl carla
        carlos carmen carol caroline catherine charles charlotte chen chidi chloe christina christopher cindy claire
        clara claude cynthia daniel danielle david deborah debra delia denise dennis derek diana diane dolores donna
        dorothy douglas duc edith edna edward eileen elena eli elijah elizabeth ellen emily emma eric esther ethel
        eugene evelyn fatima fernando fiona francis francisco gabriel gary george gerald gloria gordon greta gregory
        gustavo hannah harold harry heather helen henry herbert howard hussein ibrahim imani irene isaac isabel
        jacqueline james jamal janet janice jason javier jennifer jeremy jessica joan joanne john jonathan jorge jose
        joseph josephine joshua joyce juan judith judy julia julie justin karen katherine kathleen kathy keisha keith
        kenji kenneth kevin kimberly kwame lakshmi larry laura lauren leonard leroy linda lionel lisa lorraine louis
        louise lucia luis lydia malik margaret maria marie marilyn marjorie martha martin mary matthew maurice megan
        melissa michael michelle miguel mildred mohammed muhammad nancy natalie nathan nicholas nicole nkechi norma
        olga oliver olivia omar oscar pamela patricia patrick paul paula pedro peter philip priya rachel rafael rahul
        ralph ramon raymond rebecca renee ricardo richard rita robert roberto roger ronald rosa ruth ryan samantha
        samuel sandra sanjay sara sarah scott sean sharon shirley sofia sophia stanley stephanie stephen steven susan
        tamara tanya teresa theresa thomas timothy tomas tyrone valerie vanessa vera veronica victoria vincent virginia
        walter wanda wei william xavier yolanda yusuf zainab
        """);

    /// <summary>Capitalised words that follow a cue but are not names: grammar, roles, clinical words, frameworks, time.</summary>
    public static readonly FrozenSet<string> NotNames = Words("""
        a an the this that these those my his her their our your its he she they we you i me him them us it who whom
        whose which what when where why how is are was were be been being am has have had do does did can could will
        would should shall may might must not no yes and or but if then so because as of at by for from in into on onto
        to with without w about over under after before since until again also just still very really only even here
        there now today tonight tomorrow yesterday said says saying told tells asks asked asking wants wanted keeps
        kept thinks thought feels felt seems looks came comes went goes got gets left lives lived died dying passed
        refuses refused declined agrees agreed wonders worried yelled cried called named calls needs needed knows
        pt pts patient patients resident residents client family families daughter son wife husband
        mother mom mum father dad sister brother parent parents partner spouse aunt uncle niece nephew cousin friend
        grandson granddaughter grandmother grandfather grandma grandpa child children kid kids baby team doctor doc
        dr nurse rn np pa md attending fellow intern chaplain pharmacist social worker sw oncologist surgeon
        cardiologist intensivist hospitalist palliative hospice comfort care goals code status full dnr dni polst
        molst cmo icu ed er ward unit floor room bed clinic hospital home nursing facility snf rehab cancer stage
        metastatic dementia copd chf esrd als stroke sepsis covid dialysis chemo chemotherapy radiation surgery
        intubation ventilator vent bipap trach peg feeding tube morphine fentanyl hydromorphone dilaudid oxycodone
        methadone lorazepam ativan midazolam versed haloperidol haldol opioid opioids spikes nurse remap sicg ask tell
        guide value values hope wish worry wonder best worst case time limited trial prepared fica serious illness
        conversation meeting prognosis prognostic diagnosis news bad good hard tough difficult angry upset sad scared
        afraid anxious tired exhausted calm quiet okay ok fine sick sicker better worse mr mrs ms miss mx prof sir
        madam monday tuesday wednesday thursday friday saturday sunday january february march april june july august
        september october november december spanish english mandarin cantonese arabic french portuguese russian
        vietnamese korean tagalog somali haitian creole hindi urdu punjabi asl deaf catholic christian muslim jewish
        buddhist hindu sikh atheist protestant baptist orthodox american mexican chinese indian black white asian
        latina latino hispanic god lord jesus allah bible quran church mass rosary medicare medicaid va navajo hmong
        amish filipino japanese jamaican nigerian ethiopian cuban polish italian irish greek ukrainian pakistani afghan
        arab persian iranian indigenous native mormon lds jehovah witness witnesses pentecostal evangelical quaker
        nana papa grammy granny auntie
        """);

    public static bool IsFirstName(string word) => FirstNames.Contains(word);

    public static bool IsNotName(string word) => NotNames.Contains(word);

    private static FrozenSet<string> Words(string text) =>
        text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
