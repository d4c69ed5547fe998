namespace Formulate.Engine.Chc;

/// <summary>One row of a domain's rule table: when the answers meet <see cref="When"/>, the domain is at this descriptor.</summary>
internal sealed record ChcRule(string DescriptorId, Func<DomainAnswers, bool> When);
