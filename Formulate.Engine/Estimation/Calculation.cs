using Formulate.Engine.Parameters;
using Formulate.Engine.Profiles;
using Formulate.Engine.Tracing;

namespace Formulate.Engine.Estimation;

/// <summary>
/// One run of the formula blocks over one set of answers. Reads go through here so that every answer and
/// parameter a step uses is recorded where it is used, and every missing parameter is reported, not guessed.
/// </summary>
internal sealed class Calculation
{
    private readonly ScenarioAnswers _answers;
    private readonly AreaMemo? _memo;
    private readonly string _unpaidScope;
    private readonly Dictionary<string, ValidationProblem> _missing = [];

    /// <param name="unpaidScope">Names the unpaid support these answers record; scenarios with different unpaid support never share results that count it.</param>
    public Calculation(EngineDefinition definition, DateOnly date, ScenarioAnswers answers, bool tracing, AreaMemo? memo = null, string unpaidScope = "as-answered")
    {
        _unpaidScope = unpaidScope;
        Definition = definition;
        Date = date;
        _answers = answers;
        Tracing = tracing;
        _memo = memo;
    }

    public EngineDefinition Definition { get; }

    public DateOnly Date { get; }

    public bool Tracing { get; }

    public IReadOnlyCollection<ValidationProblem> Missing => _missing.Values;

    public StepRecorder Step(string ruleId, string label) => new(this, ruleId, label);

    /// <summary>
    /// The area's result from an earlier scenario with the same answers and the same <paramref name="variant"/>, or a new
    /// one. Problems found while working it out are reported again on reuse, so a reused area never hides a missing rate.
    /// </summary>
    public AreaEstimate Remember(string area, string variant, string[] unpaidQuestions, Func<AreaEstimate> work)
    {
        if (_memo is null)
        {
            return work();
        }

        // Results that count unpaid support are only shared between scenarios with the same unpaid support.
        var withUnpaid = false;
        foreach (var question in unpaidQuestions)
        {
            withUnpaid |= _answers[question] is { } code && code != "none";
        }

        var scope = withUnpaid ? $"{variant}|{_unpaidScope}" : variant;
        if (_memo.TryGet(area, scope, withUnpaid, out var remembered, out var problems))
        {
            foreach (var problem in problems)
            {
                _missing.TryAdd(problem.ParameterKey!, problem);
            }

            return remembered;
        }

        var before = _missing.Count;
        var estimate = work();
        _memo.Add(area, scope, withUnpaid, estimate, [.. _missing.Values.Skip(before)]);
        return estimate;
    }

    public string? Answer(string questionId) => _answers[questionId];

    public AnswerRead DescribeAnswer(string questionId, string? code) =>
        new(questionId, code, code is null ? null : Definition.Questions.Find(questionId)?.LabelOf(code));

    public (decimal Value, ParameterRead? Read) Read(ParameterSet set, string prefix, string? code = null)
    {
        var parameter = code is null ? set.Find(prefix) : set.Find(prefix, code);
        var dated = parameter?.At(Date);
        if (parameter is null || dated is null)
        {
            ReportMissing(set, code is null ? prefix : $"{prefix}.{code}", parameter);
            return (0m, null);
        }

        return (dated.Value, Tracing ? Describe(set, parameter, dated) : null);
    }

    /// <summary>The key of a support type's rate: the primary support reason's own rate where the council sets one.</summary>
    public string RateKey(string supportType, string? primarySupportReason)
    {
        var general = $"rate.{supportType}";
        if (primarySupportReason is null)
        {
            return general;
        }

        var specific = $"{general}@{primarySupportReason}";
        return Definition.Configuration.Find(specific)?.At(Date) is not null ? specific : general;
    }

    private static ParameterRead Describe(ParameterSet set, Parameter parameter, DatedValue dated) => new()
    {
        Key = parameter.Key,
        Label = parameter.Label,
        Value = dated.Value,
        Unit = parameter.Unit,
        EffectiveFrom = dated.From,
        Reference = dated.Reference,
        Source = set.Stamp,
    };

    private void ReportMissing(ParameterSet set, string key, Parameter? parameter)
    {
        if (_missing.ContainsKey(key))
        {
            return;
        }

        var layer = set.Kind == ParameterSetKind.Configuration ? "The council configuration" : "The model parameters";
        var message = parameter is null
            ? $"{layer} ({set.Stamp}) has no '{key}', which this profile needs; add it before estimating"
            : $"{layer} ({set.Stamp}) has no value for '{key}' ({parameter.Label}) in force on {Date:d MMMM yyyy}; add a value that starts on or before that date";
        _missing[key] = new ValidationProblem { Kind = ValidationProblemKind.MissingParameter, ParameterKey = key, Message = message };
    }
}
