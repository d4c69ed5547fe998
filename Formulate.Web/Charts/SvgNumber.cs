using System.Globalization;

namespace Formulate.Web.Charts;

public static class SvgNumber
{
    /// <summary>A coordinate as SVG wants it: invariant culture, at most one decimal place, whatever the server's culture.</summary>
    public static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
