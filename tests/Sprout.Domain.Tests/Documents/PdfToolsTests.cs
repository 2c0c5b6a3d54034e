namespace Sprout.Domain.Tests.Documents;

public class PdfToolsTests
{
    [Fact]
    public void Missing_tool_fails_the_test_with_an_install_hint()
    {
        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => PdfTools.Run("sprout-no-such-pdf-tool", "--version"));

        Assert.Contains("sprout-no-such-pdf-tool", failure.Message);
        Assert.Contains("apt-get install", failure.Message);
    }
}
