namespace Formulate.Tests.Engine.Chc;

/// <summary>
/// Two profiles for one Checklist descriptor: one at it, and one just beside it (a lower descriptor; for the lowest C of
/// a domain, the one just above), with the descriptor the second must meet.
/// </summary>
public sealed record ChcDescriptorCase(string DescriptorId, string At, string Beside, string BesideDescriptorId);
