using Formulate.Analysis.Accuracy;

namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>A care plan being put together: units a week by support type and rate, merged where both agree.</summary>
internal sealed class HeldOutPackage
{
    private readonly List<(string SupportType, decimal Units, decimal Rate)> _lines = [];

    public void Add(string supportType, decimal unitsPerWeek, decimal rate)
    {
        if (unitsPerWeek <= 0)
        {
            return;
        }

        var index = _lines.FindIndex(line => line.SupportType == supportType && line.Rate == rate);
        if (index < 0)
        {
            _lines.Add((supportType, unitsPerWeek, rate));
        }
        else
        {
            _lines[index] = (supportType, _lines[index].Units + unitsPerWeek, rate);
        }
    }

    /// <summary>The lines, units to two places (a respite week, a fraction of a week, to four).</summary>
    public IReadOnlyList<PackageLine> Lines() =>
    [
        .. _lines.Select(line => new PackageLine
        {
            SupportType = line.SupportType,
            UnitsPerWeek = Math.Round(line.Units, line.SupportType == HeldOutSupport.RespiteWeek ? 4 : 2, MidpointRounding.AwayFromZero),
            UnitRate = line.Rate,
        }),
    ];
}
