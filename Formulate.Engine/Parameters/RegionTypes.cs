namespace Formulate.Engine.Parameters;

/// <summary>The kinds of area a council serves, for finding similar councils.</summary>
public static class RegionTypes
{
    public static IReadOnlyList<string> All { get; } = ["london", "metropolitan", "urban", "rural"];

    public static string Label(string regionType) => regionType switch
    {
        "london" => "London borough",
        "metropolitan" => "Metropolitan district",
        "urban" => "Mainly urban county or unitary",
        "rural" => "Mainly rural county or unitary",
        _ => regionType,
    };
}
