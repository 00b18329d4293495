using SafeSchools.Bot.Hosting;

return await BotProgram.RunAsync(args);
