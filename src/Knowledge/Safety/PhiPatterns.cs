using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Safety;

/// <summary>
/// The identifier patterns, source-generated so a message is scanned without interpretation or allocation
/// when it is clean. Each one is applied in <see cref="PhiRedactor"/> in a fixed order; see README.md.
/// </summary>
internal static partial class PhiPatterns
{
    private const RegexOptions Ci = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const RegexOptions Cs = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Month names; "may" is re-checked in code because the verb is far more common than the month.
    private const string Month =
        @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    private const string States =
        "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";

    private const string StreetSuffix =
        "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Close|Row";

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""]+", Ci)]
    internal static partial Regex Url();

    [GeneratedRegex(@"\b[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}\b", Ci)]
    internal static partial Regex Email();

    [GeneratedRegex(@"(?<![\d.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])", Cs)]
    internal static partial Regex IpAddress();

    [GeneratedRegex(
        @"\b(?:SSN|SS\#|social\s+security(?:\s+(?:number|no\.?|\#))?)\s*(?:is|:|\#)?\s*(?:last\s*(?:4|four)\s*(?:is|:)?\s*\d{4}\b|\d{3}[-\s]?\d{2}[-\s]?\d{4}\b)" +
        @"|(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)", Ci)]
    internal static partial Regex Ssn();

    [GeneratedRegex(
        @"\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth|birth\s?date|b\.?day|birthday|born(?:\s+on)?)\s*(?:is|was|of|:|-)?\s*" +
        @"(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|" + Month + @"\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"\.?(?:,?\s+\d{4})?)\b", Ci)]
    internal static partial Regex DateOfBirth();

    [GeneratedRegex(
        @"(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?:\s*(?:x|ext\.?)\s*\d{1,5})?(?!\d)" +
        @"|(?<![\w-])\d{3}[-.]\d{4}(?![\w-])" +
        @"|(?<=\b(?:phone|ph|tel|cell|mobile|fax|pager|number\s+is|call(?:\s+(?:me|her|him|them))?\s+at|text(?:\s+(?:me|her|him|them))?\s+at)\s*[:\#]?\s*)\+?\d[\d\s().-]{5,}\d" +
        @"|(?<![\w-])[2-9]\d{9}(?![\w-])", Ci)]
    internal static partial Regex Phone();

    [GeneratedRegex(
        @"\b(?:MRN|MR\#|MR\s?no\.?|med(?:ical)?\s+rec(?:ord)?(?:\s+(?:no\.?|number|num|\#))?|chart|hosp(?:ital)?\s*(?:\#|no\.?|number)|patient\s+(?:id|\#|number)|pt\s+(?:id|\#)|E?MPI|encounter|CSN|FIN|visit\s*(?:\#|no\.?|number)|case\s*(?:\#|no\.?|number))" +
        @"\s*(?:\#|no\.?|number|num|id)?\s*(?:is|:|\#|=|-)?\s*(?:(?:[A-Z]{1,3}-?)?(?:\d{3,}(?:[-./]\d+)*|\d+(?:[-./]\d+)+)|(?=[A-Z]*\d[A-Z]*\d)[A-Z0-9]{6,20})\b", Ci)]
    internal static partial Regex MedicalRecordNumber();

    [GeneratedRegex(
        @"\b(?:(?:acct|account|policy|member|subscriber|medicare|medicaid|HAR)\s*(?:\#|no\.?|number|num|id)?|(?:insurance|plan|claim|device|serial|license|licence)\s*(?:\#|no\.?|number|num|id))" +
        @"\s*(?:is|:|\#|=|-)?\s*(?:(?:[A-Z]{1,3}-?)?\d{3,}(?:[-.]\d+)*|(?=[A-Z]*\d[A-Z]*\d)[A-Z0-9]{6,20})\b", Ci)]
    internal static partial Regex AccountNumber();

    [GeneratedRegex(@"(?<![\w/.-])(?:(?<y>(?:19|20)\d{2})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})|(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})(?:\k<sep>(?<y>\d{4}|\d{2}))?)(?![\w/-]|\.\d)", Cs)]
    internal static partial Regex NumericDate();

    [GeneratedRegex(
        @"\b(?:(?<month>" + Month + @")\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4}\b)?|(?:19|20)\d{2}\b)|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + Month + @")\b\.?(?:,?\s+\d{4}\b)?)", Ci)]
    internal static partial Regex NamedDate();

    [GeneratedRegex(@"\b(?:on|since|from|until|til|admitted|adm|seen|dx|diagnosed|discharged|d/c|died|passed|born|dated|date|visit|appt|surgery|scan|last|next|by|before|after)\W{1,3}$", Ci)]
    internal static partial Regex DateCueBefore();

    [GeneratedRegex(@"\b(?:pain|score|scored|rated|rates|rating|scale|out\s+of)\b", Ci)]
    internal static partial Regex ScoreContext();

    [GeneratedRegex(
        @"\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?-i:(?:[A-Z][a-z]+\s+){1,3}(?:" + StreetSuffix + @"))\b\.?(?:,?\s*(?:apt|apartment|suite|ste|\#)\s*\w+)?(?-i:(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?(?:,?\s+(?:" + States + @"))?(?:\s+\d{5}(?:-\d{4})?)?\b)" +
        @"|(?<=\b(?:lives|living|resides|staying|home|house|address(?:\s+is)?)\s+(?:at|on|is|:)?\s*)\d{1,6}\s+(?:[a-z]+\s+){1,3}(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|lane|ln|court|ct|way|place|terrace|circle|parkway|highway)\b\.?" +
        @"|\bP\.?\s?O\.?\s+Box\s+\d+\b" +
        @"|\b(?:apt|apartment)\s*\#?\s*\d+[A-Z]?\b", Ci)]
    internal static partial Regex StreetAddress();

    [GeneratedRegex(@"(?-i:\b(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+,\s*(?:" + States + @")\b)(?:\s+\d{5}(?:-\d{4})?\b)?|(?-i:\b(?:" + States + @"))\s+\d{5}(?:-\d{4})?\b|\b(?:zip(?:\s*code)?|postal\s+code)\s*(?:is|:)?\s*\d{5}(?:-\d{4})?\b", Ci)]
    internal static partial Regex CityStateZip();

    [GeneratedRegex(@"(?<![\w\[-])\d{2,}(?:[-.]\d{2,}){1,4}(?![\w-])|(?<![\w\[-])\d{7,}(?![\w-])", Cs)]
    internal static partial Regex LongNumber();
}
