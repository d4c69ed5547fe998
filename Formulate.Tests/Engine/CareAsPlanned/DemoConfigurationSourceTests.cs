using Formulate.Engine.Defaults;
using Formulate.Engine.Parameters;

namespace Formulate.Tests.Engine.CareAsPlanned;

/// <summary>Council officers read the demo configuration's references to judge each rate, so each one must say where it came from.</summary>
public class DemoConfigurationSourceTests
{
    private static readonly ParameterSet Configuration = DefaultDefinitions.CareAsPlanned.Configuration;

    public static TheoryData<string> RatesAndFees =>
        [.. Configuration.Parameters.Select(parameter => parameter.Key).Where(key => key.StartsWith("rate.", StringComparison.Ordinal) || key.StartsWith("fee.", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(RatesAndFees))]
    public void Reference_EveryRateAndFee_CitesA2025To26SourceOrSaysWhatWasSearchedForOne(string key)
    {
        foreach (var value in Configuration.Find(key)!.Values)
        {
            value.Reference.ShouldContain("2025/26", Case.Sensitive, $"{key} names no 2025/26 source");
            if (value.Reference.Contains("no published 2025/26", StringComparison.OrdinalIgnoreCase))
            {
                value.Reference.ShouldContain("searched", Case.Insensitive, $"{key} has no 2025/26 source and does not say what was searched");
            }
        }
    }

    [Theory]
    [InlineData("rate.day_service_session.standard")]
    [InlineData("rate.day_service_session.enhanced")]
    public void Description_DayServiceSession_IsWhatASessionCostsTheCouncilNotThePersonsCharge(string key) =>
        Configuration.Find(key)!.Description.ShouldNotBeNull().ShouldContain("costs the council");
}
