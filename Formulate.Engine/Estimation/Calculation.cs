using Formulate.Engine.Parameters;
using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;
using Formulate.Engine.Rules;
using Formulate.Engine.Tracing;
using Formulate.Engine.Text;

namespace Formulate.Engine.Estimation;

/// <summary>
/// One run of the formula blocks over one set of answers. Reads go through here so that every answer and
/// parameter a step uses is recorded where it is used, and every missing parameter is reported, not guessed.
/// </summary>
internal sealed class Calculation
{
    private readonly ScenarioAnswers _answers;
    private readonly QuestionSetIndex _questions;
    private readonly AreaMemo? _memo;
    private readonly string _unpaidScope;
    private readonly StepRecorder? _untracedStep;
    private Dictionary<string, ValidationProblem>? _missing;

    /// <param name="unpaidScope">Names the unpaid support these answers record; scenarios with different unpaid support never share results that count it.</param>
    public Calculation(EngineDefinition definition, DateOnly date, ScenarioAnswers answers, bool tracing, AreaMemo? memo = null, string unpaidScope = "as-answered")
    {
        _unpaidScope = unpaidScope;
        Definition = definition;
        Date = date;
        _answers = answers;
        Tracing = tracing;
        _memo = memo;
        _questions = definition.Questions.Index;
        Model = definition.Model.Index;
        Configuration = definition.Configuration.Index;
        // An untraced step records nothing, so every step of an untraced run can be the same one.
        _untracedStep = tracing ? null : new StepRecorder(this, string.Empty, string.Empty);
    }

    public EngineDefinition Definition { get; }

    public DateOnly Date { get; }

    public ParameterSetIndex Model { get; }

    public ParameterSetIndex Configuration { get; }

    public bool Tracing { get; }

    /// <summary>Every missing parameter, in the order first read.</summary>
    public IReadOnlyCollection<ValidationProblem> Missing => (IReadOnlyCollection<ValidationProblem>?)_missing?.Values ?? [];

    public int MissingCount => _missing?.Count ?? 0;

    private Dictionary<string, ValidationProblem> MissingByKey => _missing ??= [];

    /// <summary>A step of <paramref name="rule"/>: its trace carries the catalogue entry's id and label.</summary>
    public StepRecorder Step(RuleEntry rule) => _untracedStep ?? new(this, rule.Id, rule.Label);

    /// <summary>
    /// The area's result from an earlier scenario with the same answers and the same <paramref name="variant"/>, or a new
    /// one. Problems found while working it out are reported again on reuse, so a reused area never hides a missing rate.
    /// </summary>
    /// <remarks><paramref name="work"/> takes its inputs as <paramref name="state"/> so that no closure is built per area and scenario.</remarks>
    public AreaEstimate Remember<TState>(string area, string variant, string[] unpaidQuestions, TState state, Func<Calculation, TState, AreaEstimate> work)
    {
        if (_memo is null)
        {
            return work(this, state);
        }

        // Results that count unpaid support are only shared between scenarios with the same unpaid support.
        var withUnpaid = false;
        foreach (var question in unpaidQuestions)
        {
            withUnpaid |= _answers[question] is { } code && code != "none";
        }

        var scope = withUnpaid ? _unpaidScope : null;
        if (_memo.TryGet(area, variant, scope, out var remembered, out var problems))
        {
            foreach (var problem in problems)
            {
                MissingByKey.TryAdd(problem.ParameterKey!, problem);
            }

            return remembered;
        }

        var before = MissingCount;
        var estimate = work(this, state);
        _memo.Add(area, variant, scope, estimate, MissingCount == before ? [] : [.. MissingByKey.Values.Skip(before)]);
        return estimate;
    }

    /// <summary>
    /// Working that reads answers and parameters but nothing of the setting (neither the living situation nor anything it
    /// decides, such as the rate), so that it is the same in the estimate and in every what-if with the same unpaid support:
    /// worked out once and shared by them. Problems found while working it out are reported again on reuse.
    /// </summary>
    /// <param name="key">A constant naming the working, recognised by reference.</param>
    public TWorking RememberAcrossSettings<TState, TWorking>(string key, TState state, Func<Calculation, TState, TWorking> work)
        where TWorking : class
    {
        if (_memo is null)
        {
            return work(this, state);
        }

        if (_memo.TryGetSettingFree(key, _unpaidScope, Tracing, out var remembered, out var problems))
        {
            foreach (var problem in problems)
            {
                MissingByKey.TryAdd(problem.ParameterKey!, problem);
            }

            return (TWorking)remembered;
        }

        var before = MissingCount;
        var working = work(this, state);
        _memo.AddSettingFree(key, _unpaidScope, Tracing, working, MissingCount == before ? [] : [.. MissingByKey.Values.Skip(before)]);
        return working;
    }

    public string? Answer(string questionId) => _answers[questionId];

    /// <summary>Whether the definition's question set has the question at all.</summary>
    public bool Asks(string questionId) => _questions.PositionOfId(questionId) >= 0;

    public AnswerRead DescribeAnswer(string questionId, string? code) => _questions.DescribeAnswer(questionId, code);

    public (decimal Value, ParameterRead? Read) Read(ParameterSetIndex set, string prefix, string? code = null)
    {
        var parameter = set.Resolve(prefix, code, Date);
        if (parameter?.Value is not { } dated)
        {
            ReportMissing(set, code is null ? prefix : $"{prefix}.{code}", parameter?.Parameter);
            return (0m, null);
        }

        return (dated.Value, Tracing ? parameter.Read : null);
    }

    /// <summary>The key of a support type's rate: the primary support reason's own rate where the council sets one.</summary>
    public string RateKey(string supportType, string? primarySupportReason)
    {
        var (general, specific) = RateKeys.Of(supportType, primarySupportReason);
        return specific is not null && Configuration.Resolve(specific, null, Date)?.Value is not null ? specific : general;
    }

    private void ReportMissing(ParameterSetIndex set, string key, Parameter? parameter)
    {
        if (MissingByKey.ContainsKey(key))
        {
            return;
        }

        var layer = set.Set.Kind == ParameterSetKind.Configuration ? "The council configuration" : "The model parameters";
        var message = parameter is null
            ? $"{layer} ({set.Stamp}) has no '{key}', which this profile needs; add it before estimating"
            : $"{layer} ({set.Stamp}) has no value for '{key}' ({parameter.Label}) in force on {UkFormat.Date(Date)}; add a value that starts on or before that date";
        MissingByKey[key] = new ValidationProblem { Kind = ValidationProblemKind.MissingParameter, ParameterKey = key, Message = message };
    }
}
