using Formulate.Data.Parameters;

namespace Formulate.Tests.Data;

public sealed class ShownDraftTests
{
    [Theory]
    [InlineData("none", true)]
    [InlineData("0193f7a0-0000-7000-8000-000000000001.3", true)]
    [InlineData("", false)]
    [InlineData("3", false)]
    [InlineData("0193f7a0-0000-7000-8000-000000000001.-1", false)]
    [InlineData("not-a-draft.3", false)]
    [InlineData(null, false)]
    public void TryParse_WhatAFormCarries_ReadsOnlyWhatToStringWrote(string? text, bool read)
    {
        ShownDraft.TryParse(text, out var shown).ShouldBe(read);
        if (read)
        {
            shown.ToString().ShouldBe(text);
        }
    }
}
