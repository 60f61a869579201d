namespace Evo8x8.Samples.AppTesting;

/// <summary>`dotnet run`: plays the recipe's scenario once, as `dotnet test` checks it, and exits 0 when it held.</summary>
internal static class RecipeRun
{
    public static async Task<int> Main()
    {
        // WebApplicationFactory finds the app's content root relative to the working directory, as under a test runner.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        await new IvrAppTests().PlaceCall_CalleePresses1_AppAnswersTheMenuAndReceivesTheSummary();
        await new IvrAppNet8Tests().PlaceCall_CalleePresses2_AppOnKestrelNextToTestServerReceivesTheSummary();
        Console.WriteLine("The IVR app placed its call, answered the menu and received the summary (the .NET 10 and the .NET 8 recipe).");
        return 0;
    }
}
