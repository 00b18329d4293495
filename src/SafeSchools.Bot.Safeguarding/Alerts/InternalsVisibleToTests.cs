using System.Runtime.CompilerServices;

// The tests check that the word index never hides a rule that matches (see LeadingWordsTests).
[assembly: InternalsVisibleTo("SafeSchools.Bot.Safeguarding.Tests")]
