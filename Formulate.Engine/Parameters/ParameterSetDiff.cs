namespace Formulate.Engine.Parameters;

/// <summary>What differs between two parameter sets of the same kind: parameter by parameter, then the set's other settings.</summary>
public sealed record ParameterSetDiff
{
    public required string OlderStamp { get; init; }

    public required string NewerStamp { get; init; }

    /// <summary>Changed parameters, in the newer set's order, then removed ones in the older set's order.</summary>
    public required IReadOnlyList<ParameterChange> Changes { get; init; }

    public required IReadOnlyList<FieldChange> Fields { get; init; }

    public bool IsEmpty => Changes.Count == 0 && Fields.Count == 0;

    public static ParameterSetDiff Between(ParameterSet older, ParameterSet newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = older.Parameters.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var after = newer.Parameters.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var changes = new List<ParameterChange>();
        foreach (var parameter in newer.Parameters)
        {
            if (!before.TryGetValue(parameter.Key, out var old))
            {
                changes.Add(new ParameterChange
                {
                    Key = parameter.Key,
                    Kind = ParameterChangeKind.Added,
                    After = parameter,
                    Values = [.. parameter.Values.Select(v => new DatedValueChange { From = v.From, After = v })],
                });
                continue;
            }

            var values = ValueChanges(old, parameter);
            if (values.Count > 0 || old.Label != parameter.Label || old.Unit != parameter.Unit || old.Description != parameter.Description)
            {
                changes.Add(new ParameterChange { Key = parameter.Key, Kind = ParameterChangeKind.Changed, Before = old, After = parameter, Values = values });
            }
        }

        changes.AddRange(older.Parameters.Where(p => !after.Contains(p.Key)).Select(p => new ParameterChange
        {
            Key = p.Key,
            Kind = ParameterChangeKind.Removed,
            Before = p,
            Values = [.. p.Values.Select(v => new DatedValueChange { From = v.From, Before = v })],
        }));

        return new ParameterSetDiff
        {
            OlderStamp = older.Stamp,
            NewerStamp = newer.Stamp,
            Changes = changes,
            Fields = FieldChanges(older, newer),
        };
    }

    private static List<DatedValueChange> ValueChanges(Parameter older, Parameter newer)
    {
        var before = older.Values.ToDictionary(v => v.From);
        var after = newer.Values.ToDictionary(v => v.From);
        return
        [
            .. before.Keys.Union(after.Keys).Order()
                .Select(from => new DatedValueChange { From = from, Before = before.GetValueOrDefault(from), After = after.GetValueOrDefault(from) })
                .Where(change => change.Before != change.After),
        ];
    }

    private static List<FieldChange> FieldChanges(ParameterSet older, ParameterSet newer)
    {
        var fields = new List<FieldChange>();
        Compare(fields, "id", older.Id, newer.Id);
        Compare(fields, "version", older.Version, newer.Version);
        Compare(fields, "title", older.Title, newer.Title);
        Compare(fields, "description", older.Description, newer.Description);
        Compare(fields, "council.name", older.Council?.Name, newer.Council?.Name);
        Compare(fields, "council.telephone", older.Council?.Telephone, newer.Council?.Telephone);
        Compare(fields, "council.email", older.Council?.Email, newer.Council?.Email);
        Compare(fields, "council.address", older.Council?.Address, newer.Council?.Address);
        Compare(fields, "council.website", older.Council?.Website, newer.Council?.Website);
        Compare(fields, "council.deprivationDecile", older.Council?.DeprivationDecile?.ToString(System.Globalization.CultureInfo.InvariantCulture), newer.Council?.DeprivationDecile?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Compare(fields, "council.regionType", older.Council?.RegionType, newer.Council?.RegionType);
        Compare(fields, "council.financialAssessment", older.Council?.FinancialAssessment, newer.Council?.FinancialAssessment);
        Compare(fields, "council.letterReasons", Join(older.Council?.LetterReasons), Join(newer.Council?.LetterReasons));
        Compare(fields, "council.primaryColour", older.Council?.PrimaryColour, newer.Council?.PrimaryColour);
        if (!string.Equals(older.Council?.Logo, newer.Council?.Logo, StringComparison.Ordinal))
        {
            // A logo is a long data URI: the review says what kind of image it is rather than printing it.
            fields.Add(new FieldChange("council.logo", CouncilLogo.Describe(older.Council?.Logo), CouncilLogo.Describe(newer.Council?.Logo)));
        }

        Compare(fields, "differenceReasons", Join(older.DifferenceReasons), Join(newer.DifferenceReasons));
        return fields;
    }

    private static string? Join(IReadOnlyList<string>? values) => values is null ? null : string.Join("; ", values);

    private static string? Join(IReadOnlyDictionary<string, string>? sentences) =>
        sentences is null ? null : string.Join("; ", sentences.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}: {pair.Value}"));

    private static void Compare(List<FieldChange> fields, string field, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            fields.Add(new FieldChange(field, before, after));
        }
    }
}
