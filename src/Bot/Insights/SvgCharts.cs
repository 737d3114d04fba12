using System.Globalization;
using System.Net;
using System.Text;

namespace CpcCoach.Bot.Insights;

/// <summary>
/// Charts as inline SVG built on the server: no script, no CDN, readable by screen readers (role="img" with a
/// title; every chart also has the numbers in a table beside it). Hidden counts are drawn as an outlined stub.
/// </summary>
public static class SvgCharts
{
    private const int Width = 640;

    public static string Bars(string id, string title, IReadOnlyList<(string Label, Count Count)> items, int k)
    {
        var max = Math.Max(1, items.Where(i => !i.Count.Suppressed).Select(i => i.Count.Value).DefaultIfEmpty(0).Max());
        return Rows(id, title, [.. items.Select(i => (i.Label, i.Count.Suppressed ? (double?)null : i.Count.Value, i.Count.Display(k)))], max);
    }

    /// <summary>Scores on a fixed scale (0 to <paramref name="max"/>), so windows and items compare by eye; null is hidden.</summary>
    public static string Scores(string id, string title, IReadOnlyList<(string Label, double? Value, string Shown)> items, double max) =>
        Rows(id, title, items, max);

    private static string Rows(string id, string title, IReadOnlyList<(string Label, double? Value, string Shown)> items, double max)
    {
        const int row = 26, label = 200, right = 60;
        var height = Math.Max(1, items.Count) * row + 8;
        var svg = Open(id, title, height);
        for (var i = 0; i < items.Count; i++)
        {
            var (name, value, shown) = items[i];
            var y = i * row + 4;
            var w = value is { } v ? (int)Math.Round((Width - label - right) * v / max) : 0;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{label - 8}\" y=\"{y + 17}\" text-anchor=\"end\" class=\"label\">{Esc(name)}</text>");
            if (value is null)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{label}\" y=\"{y + 3}\" width=\"24\" height=\"{row - 8}\" class=\"hidden\"/>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{label}\" y=\"{y + 3}\" width=\"{Math.Max(w, 1)}\" height=\"{row - 8}\" class=\"bar\"/>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{label + (value is null ? 30 : w + 6)}\" y=\"{y + 17}\" class=\"value\">{Esc(shown)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    public static string Columns(string id, string title, IReadOnlyList<Cell> days, int k)
    {
        const int height = 200, top = 20, bottom = 30, left = 10;
        var max = Math.Max(1, days.Where(d => !d.Count.Suppressed).Select(d => d.Count.Value).DefaultIfEmpty(0).Max());
        var step = (double)(Width - left * 2) / Math.Max(1, days.Count);
        var svg = Open(id, title, height);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{Width - left}\" y2=\"{height - bottom}\" class=\"axis\"/>");
        for (var i = 0; i < days.Count; i++)
        {
            var x = left + i * step;
            var w = Math.Max(2, step - 3);
            var count = days[i].Count;
            var h = count.Suppressed ? 6 : (height - top - bottom) * (double)count.Value / max;
            var cls = count.Suppressed ? "hidden" : "bar";
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{height - bottom - h:0.#}\" width=\"{w:0.#}\" height=\"{h:0.#}\" class=\"{cls}\"><title>{Esc(days[i].Key)}: {Esc(count.Display(k))}</title></rect>");
            if (days.Count <= 10 || i % (days.Count / 6 + 1) == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + w / 2:0.#}\" y=\"{height - 10}\" text-anchor=\"middle\" class=\"tick\">{Esc(days[i].Key[5..])}</text>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, string title, int height) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<svg id=\"{id}\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"{id}-title\">{Esc(title)}</title>");

    internal static string Esc(string text) => WebUtility.HtmlEncode(text);
}
