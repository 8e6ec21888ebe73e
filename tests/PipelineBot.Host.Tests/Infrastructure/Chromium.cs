using Microsoft.Playwright;

namespace PipelineBot.Host.Tests.Infrastructure;

/// <summary>
/// The browser the page tests drive: the system's Chromium (Debian's package), headless, never one Playwright
/// downloads. <c>CHROMIUM_PATH</c> points elsewhere, e.g. on a developer's Mac.
/// </summary>
internal static class Chromium
{
    private const string DebianPath = "/usr/bin/chromium";

    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DebianPath;

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            // Failing, not skipping: CI must never pass without having run the browser tests.
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ExecutablePath}, which does not exist. Install it with 'sudo apt-get install -y chromium' " +
                "(Debian/Ubuntu; .ci/run does this), or set CHROMIUM_PATH to a Chromium or Chrome executable.");
        }
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }
}
