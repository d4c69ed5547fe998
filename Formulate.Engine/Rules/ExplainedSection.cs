namespace Formulate.Engine.Rules;

/// <summary>A heading of the method document with the rules explained under it, in catalogue order.</summary>
public sealed record ExplainedSection(MethodSection Section, IReadOnlyList<RuleEntry> Rules);
