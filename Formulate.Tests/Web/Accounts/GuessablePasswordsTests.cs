using Formulate.Data.Entities;
using Formulate.Web.Accounts;

namespace Formulate.Tests.Web.Accounts;

public sealed class GuessablePasswordsTests
{
    private static readonly CommonPasswords Common = new();

    private static readonly UserAccount Account = new() { UserName = "sam.okafor@council.example", DisplayName = "Samuel Okafor" };

    [Fact]
    public void CommonPasswords_ShippedWithTheApp_HoldsTensOfThousandsComparedWhateverTheCase()
    {
        Common.Count.ShouldBeGreaterThan(40_000);
        Common.Contains("password1234").ShouldBeTrue();
        Common.Contains("PassWord1234").ShouldBeTrue();
        Common.Contains("correct horse battery staple").ShouldBeFalse();
    }

    [Theory]
    [InlineData("Okafor-123456", "is made from your name or user name")]
    [InlineData("council.example!", "is made from your name or user name")]
    [InlineData("SamuelOkafor", "is made from your name or user name")]
    [InlineData("qwertyuiopasdf", "is a sequence of characters, such as abcd, 1234 or qwerty")]
    [InlineData("zyxwvutsrqpo", "is a sequence of characters, such as abcd, 1234 or qwerty")]
    [InlineData("############", "is one character repeated")]
    [InlineData("!!monkey123456", "is a common password with numbers or symbols added")]
    [InlineData("iloveyouiloveyou", "repeats the same few characters")]
    public void ProblemWith_EasyToGuess_SaysWhy(string password, string why)
    {
        new GuessablePasswords(Common).ProblemWith(password, Account).ShouldBe($"Choose a password that is harder to guess: this one {why}");
    }

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("four random words here")]
    [InlineData("Samuel likes quiet trains")]
    [InlineData("Correct-horse-battery-9")]
    public void ProblemWith_HardToGuess_None(string password)
    {
        new GuessablePasswords(Common).ProblemWith(password, Account).ShouldBeNull();
    }
}
