using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Safeguarding.Conversations;
using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Tests.Conversations;

/// <summary>Every typed turn gets a useful answer wherever the person is: questions, follow-ups, acts, own words.</summary>
public sealed class ListeningConversationTests
{
    private static readonly Dictionary<string, string> Intents = new()
    {
        ["are you a real person"] = "question-real-person",
        ["i cant call hell hear me"] = "followup-cant-speak",
        ["thanks"] = "thanks",
        ["idk"] = "dont-know",
        ["my son is being bullied on the bus"] = "parent-bullying",
        ["theres a boy who wants pictures"] = "image-request",
        ["xbox"] = "parent-gaming-screen-time",
        ["a man on fortnite keeps messaging my son"] = "grooming",
        ["everything feels too much lately"] = "possible:self-harm",
        ["its nothing really, forget it"] = "possible:self-harm",
        ["some older lads keep hanging round outside his school"] = "possible:immediate-danger",
        ["what even is grooming"] = "kb-what-is-grooming",
        ["my daughter wants discord any tips"] = "kb-app-age-guidelines",
        ["someone got into my snap and changed the password"] = "kb-fake-or-hacked-account@0.7,joking@0.05,menu@0.04",
        ["somebody got into my account"] = "kb-fake-or-hacked-account@0.4,joking@0.05,menu@0.04",
        ["what if i cant speak on a 999 call"] = "question-silent-solution",
        ["my daughter has just been stabbed"] = "parent-missing-from-home",
        ["ok calling now"] = "followup-help-coming@0.4,goodbye@0.19",
        ["can i just ignore them"] = "followup-hurt-now@0.3,question-how-to-block-report@0.25",
        ["a girl in year 10 says shes gonna jump me at the gates"] = "parent-bullying@0.3,bullying@0.25",
        ["ok cool"] = "yes",
        ["hello?? u there"] = "are-you-there",
        ["ok ill tell my form tutor tomorrow"] = "will-do",
        ["ok im going to try shout tonight"] = "will-do",
        ["my son has just told me someone online has a video of him"] = "sextortion",
        ["me and my boy got jumped after school"] = "bullying",
        ["my 6 year old sister keeps taking my phone"] = "everyday-stress",
        ["my dads always shouting at home"] = "parent-missing-from-home",
        ["theyre messaging me rn"] = "followup-not-safe",
        ["should i pay them"] = "followup-not-paid",
        ["hes still in the house"] = "followup-not-safe",
        ["someone made a fake tiktok account of me"] = "bullying",
        ["people push me on the bus and post about me on snapchat"] = "bullying",
        ["as a parent how do i set up parental controls"] = "kb-broadband-filters",
        ["my kid is getting picked on online what can i do"] = "bullying",
        ["im a carer for my mum and i never get to see my mates"] = "everyday-stress",
        ["my mum says as a parent she has to check my phone"] = "everyday-stress",
        ["my kid brother keeps reading my messages"] = "everyday-stress",
        ["who won the match last night"] = "none@0.6",
        ["hmm not sure lol"] = "none@0.25",
    };

    private static string AnswerTo(string intent, bool parent = false) =>
        BotConversation.Content.Answers.Find(intent)!.TextFor(parent).Value;

    private static async Task<BotConversation> StartedAsync()
    {
        var conversation = new BotConversation(Channels.Emulator, intents: Intents);
        await conversation.StartAsync();
        return conversation;
    }

    private static async Task<(BotConversation Conversation, IReadOnlyList<Activity> Question)> AtTheBullyingQuestionAsync()
    {
        var conversation = await StartedAsync();
        var question = await conversation.SayAllAsync("I'm a young person", "I'm being bullied");
        return (conversation, question);
    }

    [Fact]
    public async Task QuestionMidFlow_IsAnsweredFromTheContent_ThenTheSameQuestionIsAskedAgain()
    {
        var (conversation, question) = await AtTheBullyingQuestionAsync();

        var replies = await conversation.SayAsync("are you a real person");
        var trace = conversation.LastTrace;
        var next = await conversation.SayAsync("Online");

        Assert.Equal(AnswerTo("question-real-person"), replies[0].Text);
        Assert.Equal(question[^1].Text, replies[^1].Text);
        Assert.Equal(question.Buttons(), replies.Buttons());
        Assert.Equal("reply", trace!.Interpretation);
        Assert.Contains("Block and report", next.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APossibleRiskCheck_IsNotAskedAgainOfItsOwnAnswer()
    {
        var conversation = await StartedAsync();
        var check = BotConversation.Detector.Catalog.Categories.Single(c => c.Id == "self-harm").Clarify;

        var first = await conversation.SayAsync("everything feels too much lately");
        var answer = await conversation.SayAsync("its nothing really, forget it");
        var later = await conversation.SayAsync("everything feels too much lately");

        Assert.Contains(check, first.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(check, answer.AllText(), StringComparison.Ordinal);
        Assert.NotEmpty(answer);
        Assert.Contains(check, later.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APossibleRiskCheck_IsWordedForAParent()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("I'm a parent or carer");
        var danger = BotConversation.Detector.Catalog.Categories.Single(c => c.Id == "immediate-danger");

        var replies = await conversation.SayAsync("some older lads keep hanging round outside his school");

        Assert.Contains(danger.ClarifyParent!, replies.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(danger.Clarify, replies.AllText(), StringComparison.Ordinal);
    }

    private static async Task<(BotConversation Conversation, IReadOnlyList<Activity> Menu)> AtTheMenuAsync()
    {
        var conversation = await StartedAsync();
        var menu = await conversation.SayAsync("I'm a young person");
        return (conversation, menu);
    }

    private static string Listening(string topic, bool parent = false) =>
        BotConversation.Content.Answers.Listening.Find(topic)!.Answer.TextFor(parent).Value;

    [Fact]
    public async Task AQuestionTheBotHasNoAnswerFor_IsToldSoHonestly_WithWhoCouldAnswerIt()
    {
        var (conversation, menu) = await AtTheMenuAsync();

        var replies = await conversation.SayAsync("what time does the leisure centre shut?");

        Assert.Equal(BotConversation.Content.Answers.Fallbacks.UnknownQuestion!.Value, replies[0].Text);
        Assert.Equal(menu.Buttons(), replies.Buttons());
    }

    [Fact]
    public async Task InsideATopic_AMessageTheBotCannotPlace_GetsWhatMattersMostAboutIt_ThenTheQuestionAgain()
    {
        var (conversation, question) = await AtTheBullyingQuestionAsync();

        var replies = await conversation.SayAsync("its been going on for ages and nobody does anything");

        Assert.Equal("listening", conversation.LastTrace!.Interpretation);
        Assert.StartsWith(BotConversation.Content.Answers.Listening.ToldMore!.Value, replies.Take(1).AllText(), StringComparison.Ordinal);
        Assert.Contains(Listening("bullying"), replies.Take(1).AllText(), StringComparison.Ordinal);
        Assert.Contains("not your fault", replies.Take(1).AllText(), StringComparison.Ordinal);
        Assert.Equal(question[^1].Text, replies[^1].Text);
        Assert.Equal(question.Buttons(), replies.Buttons());
    }

    [Fact]
    public async Task InsideATopic_SayingTheyWillActOnIt_IsPraised_WithWhatMattersMost_ThenTheQuestionAgain()
    {
        var (conversation, question) = await AtTheBullyingQuestionAsync();

        var replies = await conversation.SayAsync("ok ill tell my form tutor tomorrow");

        Assert.StartsWith(BotConversation.Content.Answers.Listening.Agreed!.Value, replies.Take(1).AllText(), StringComparison.Ordinal);
        Assert.Contains(Listening("bullying"), replies.Take(1).AllText(), StringComparison.Ordinal);
        Assert.Equal(question[^1].Text, replies[^1].Text);
    }

    [Fact]
    public async Task InsideATopic_SayingTheyWillUseAService_ShowsThatServicesCard()
    {
        var (conversation, _) = await AtTheBullyingQuestionAsync();

        var replies = await conversation.SayAsync("ok im going to try shout tonight");

        Assert.StartsWith(BotConversation.Content.Answers.Listening.Agreed!.Value, replies.Take(1).AllText(), StringComparison.Ordinal);
        Assert.Contains("Shout", replies.Take(1).Cards().First().Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskingWhetherTheBotIsStillThere_IsAnsweredImHere_ThenTheQuestionAgain()
    {
        var (conversation, question) = await AtTheBullyingQuestionAsync();

        var replies = await conversation.SayAsync("hello?? u there");

        Assert.StartsWith("I'm here.", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(question[^1].Text, replies[^1].Text);
    }

    [Fact]
    public async Task OutsideATopic_SayingTheyWillActOnSomething_GetsTheUsualEncouragement()
    {
        var conversation = await StartedAsync();

        var replies = await conversation.SayAsync("ok ill tell my form tutor tomorrow");

        Assert.StartsWith(AnswerTo("will-do")[..30], replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InsideATopic_AQuestionTheBotHasNoAnswerFor_SaysSo_AndGivesWhatMattersMost()
    {
        var (conversation, _) = await AtTheBullyingQuestionAsync();

        var replies = await conversation.SayAsync("what time does the leisure centre shut?");

        Assert.StartsWith(BotConversation.Content.Answers.Listening.Asked!.Value, replies.Take(1).AllText(), StringComparison.Ordinal);
        Assert.Contains(Listening("bullying"), replies.Take(1).AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InsideATopic_ASecondMissInARow_OffersAPersonToTalkTo_NotTheSameKeyPointsAgain()
    {
        var (conversation, _) = await AtTheBullyingQuestionAsync();
        await conversation.SayAsync("purple");

        var replies = await conversation.SayAsync("orange");

        Assert.Equal("miss", conversation.LastTrace!.Interpretation);
        Assert.Contains(BotConversation.Content.Answers.Fallbacks.Again.Value, replies.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(Listening("bullying"), replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EverydayChatBeforeAnyTopic_IsToldWhatTheBotIsFor_NotAskedToSayItAnotherWay()
    {
        var conversation = await StartedAsync();
        var menu = await conversation.SayAsync("I'm a young person");

        var replies = await conversation.SayAsync("who won the match last night");

        Assert.Equal("reply", conversation.LastTrace!.Interpretation);
        Assert.Equal(AnswerTo(IntentNames.OffTopic), replies[0].Text);
        Assert.Equal(menu[^1].Text, replies[^1].Text);
    }

    [Fact]
    public async Task EverydayChatInsideATopic_GetsTheTopicsKeyPoints_NotTheOffTopicAnswer()
    {
        var (conversation, _) = await AtTheBullyingQuestionAsync();

        var replies = await conversation.SayAsync("who won the match last night");

        Assert.Equal("listening", conversation.LastTrace!.Interpretation);
        Assert.DoesNotContain(AnswerTo(IntentNames.OffTopic), replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMessageOnlyPerhapsEverydayChat_StillGetsTheFallback()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("I'm a young person");

        await conversation.SayAsync("hmm not sure lol");

        Assert.Equal("miss", conversation.LastTrace!.Interpretation);
    }

    [Fact]
    public async Task AParentWhoseFirstMessageIsAnAlertAboutTheirChild_IsAnsweredAsAParentAfterwards()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("my daughter has just been stabbed");

        var replies = await conversation.SayAsync("are you a real person");

        Assert.Equal(AnswerTo("question-real-person", parent: true), replies[0].Text);
    }

    [Fact]
    public async Task AFirstMessageNamingTheirOwnChild_IsAParents_EvenWhenItsTopicIsAYoungPersons()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("my son has just told me someone online has a video of him");

        var replies = await conversation.SayAsync("are you a real person");

        Assert.Equal(AnswerTo("question-real-person", parent: true), replies[0].Text);
    }

    [Fact]
    public async Task AFirstMessageNamingTheirOwnChild_ThatMatchesNothing_OpensTheParentsFlow_NotAFallback()
    {
        var conversation = await StartedAsync();

        var replies = await conversation.SayAsync("hello what is snapchat exactly, my granddaughter is on it all the time");

        Assert.Equal("worried-parent", conversation.LastTrace!.Flow);
        Assert.Contains("What are you worried about?", replies.AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("as a parent how do i set up parental controls")]
    [InlineData("my kid is getting picked on online what can i do")]
    public async Task AFirstMessageSayingTheyAreAParent_IsAnsweredAsAParentAfterwards(string firstMessage)
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync(firstMessage);

        var replies = await conversation.SayAsync("are you a real person");

        Assert.Equal(AnswerTo("question-real-person", parent: true), replies[0].Text);
    }

    [Fact]
    public async Task AFirstQuestionAskedAsAParent_IsAnsweredForAParent_AndTheyAreNotAskedWhoTheyAre()
    {
        var conversation = await StartedAsync();

        var replies = await conversation.SayAsync("as a parent how do i set up parental controls");

        Assert.StartsWith(AnswerTo("kb-broadband-filters", parent: true).TrimEnd(), replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Are you a young person", replies.AllText(), StringComparison.Ordinal);
        Assert.Equal("worried-parent", conversation.LastTrace!.Flow);
    }

    [Theory]
    [InlineData("me and my boy got jumped after school")]
    [InlineData("my 6 year old sister keeps taking my phone")]
    [InlineData("im a carer for my mum and i never get to see my mates")]
    [InlineData("my mum says as a parent she has to check my phone")]
    [InlineData("my kid brother keeps reading my messages")]
    public async Task AYoungPersonsFriendOrSister_DoesNotMakeThemAParent(string firstMessage)
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync(firstMessage);

        var replies = await conversation.SayAsync("are you a real person");

        Assert.Equal(AnswerTo("question-real-person"), replies[0].Text);
    }

    [Fact]
    public async Task ATopicsFirstMessageThatSaysWhereItHappens_GoesStraightToThatAdvice_NotTheWhereQuestion()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("I'm a young person");

        var replies = await conversation.SayAsync("someone made a fake tiktok account of me");

        Assert.Contains("Block and report", replies.AllText(), StringComparison.Ordinal);
        Assert.Contains("It's not your fault", replies.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Is it happening online, in person, or both?", replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATopicsFirstMessageNamingTwoPlaces_StillAsksWhere()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("I'm a young person");

        var replies = await conversation.SayAsync("people push me on the bus and post about me on snapchat");

        Assert.Contains("Is it happening online, in person, or both?", replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheWhereQuestion_AnsweredInTheirOwnWords_PicksThatOption()
    {
        var (conversation, _) = await AtTheBullyingQuestionAsync();

        var replies = await conversation.SayAsync("its mostly on snapchat tbh");

        Assert.Equal("answer", conversation.LastTrace!.Interpretation);
        Assert.Contains("Block and report", replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AYoungPersonNamingTheirOwnParent_IsNotTakenIntoTheParentsFlow()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("my dads always shouting at home");
        var flow = conversation.LastTrace!.Flow;

        var replies = await conversation.SayAsync("are you a real person");

        Assert.NotEqual("worried-parent", flow);
        Assert.Equal(AnswerTo("question-real-person"), replies[0].Text);
    }

    [Fact]
    public async Task AfterABlackmailThreat_AFollowUpMeantForDanger_GetsWhatMattersMostAboutTheThreat_NotCall999Now()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("he says he will share my nudes unless i pay him");
        var alerts = conversation.LastTrace!.Alerts;

        var replies = await conversation.SayAsync("theyre messaging me rn");

        Assert.Contains("sextortion", alerts);
        Assert.Equal("listening", conversation.LastTrace!.Interpretation);
        Assert.Contains(Listening("sextortion"), replies.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(AnswerTo("followup-not-safe"), replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterABlackmailThreat_ItsOwnFollowUp_IsAnswered()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("he says he will share my nudes unless i pay him");

        var replies = await conversation.SayAsync("should i pay them");

        Assert.Equal(AnswerTo("followup-not-paid"), replies[0].Text);
    }

    [Fact]
    public async Task AfterADangerAlert_ADangerFollowUp_IsStillAnswered()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("someone is following me");

        var replies = await conversation.SayAsync("hes still in the house");

        Assert.Equal(AnswerTo("followup-not-safe"), replies[0].Text);
    }

    [Fact]
    public async Task AfterADangerAlert_APossibleDangerInTheNextMessage_IsNotAskedAboutAgain_WhatTheySaidIsAnswered()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("someone is following me");
        var check = BotConversation.Detector.Catalog.Categories.Single(c => c.Id == "immediate-danger").Clarify;

        var replies = await conversation.SayAsync("some older lads keep hanging round outside his school");

        Assert.DoesNotContain(check, replies.AllText(), StringComparison.Ordinal);
        Assert.Equal("listening", conversation.LastTrace!.Interpretation);
        Assert.Contains(Listening("danger"), replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskedWhetherTheyHaveSentAnImage_AMessageTheBotCannotPlace_GetsTheKeyPointsForBeingAsked_NotForAnImageShared()
    {
        var conversation = await StartedAsync();
        var asked = await conversation.SayAllAsync("I'm a young person", "theres a boy who wants pictures", "An adult or someone I only know online is asking");

        var replies = await conversation.SayAsync("hes actually really nice to me tho");

        Assert.Contains("Have you already sent them an image?", asked.AllText(), StringComparison.Ordinal);
        Assert.Equal("listening", conversation.LastTrace!.Interpretation);
        Assert.Contains(Listening("image-request"), replies.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(Listening("image-shared"), replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AParentInsideTheGroomingTopic_GetsTheParentsKeyPoints()
    {
        var conversation = await StartedAsync();
        await conversation.SayAllAsync("I'm a parent or carer", "a man on fortnite keeps messaging my son");

        var replies = await conversation.SayAsync("he gets really defensive when i ask");

        Assert.Equal("listening", conversation.LastTrace!.Interpretation);
        Assert.Contains(Listening("parent-grooming", parent: true), replies.AllText(), StringComparison.Ordinal);
        Assert.Contains("CEOP", replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKnowledgeBaseQuestion_GetsItsShortAnswer_ThenTheWaitingQuestionAgain()
    {
        var (conversation, question) = await AtTheBullyingQuestionAsync();
        var answer = BotConversation.Content.Answers.Find("kb-what-is-grooming")!;

        var replies = await conversation.SayAsync("what even is grooming");

        Assert.StartsWith(answer.YoungPerson.Value.TrimEnd(), replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(question[^1].Text, replies[^1].Text);
    }

    [Fact]
    public async Task AKnowledgeBaseMatch_TheModelIsSureOf_IsAnsweredEvenWithoutAQuestionMark()
    {
        var (conversation, _) = await AtTheBullyingQuestionAsync();
        var answer = BotConversation.Content.Answers.Find("kb-app-age-guidelines")!;

        var replies = await conversation.SayAsync("my daughter wants discord any tips");

        Assert.StartsWith(answer.YoungPerson.Value.TrimEnd()[..40], replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStatementNothingElseClaims_WhoseClosestMatchIsAKnowledgeBaseAnswer_GetsThatAnswer_NotAFallback()
    {
        var conversation = await StartedAsync();
        var answer = BotConversation.Content.Answers.Find("kb-fake-or-hacked-account")!;

        var replies = await conversation.SayAsync("someone got into my snap and changed the password");

        Assert.Contains(answer.YoungPerson.Value.TrimEnd()[..40], replies.AllText(), StringComparison.Ordinal);
        Assert.NotEqual("miss", conversation.LastTrace!.Interpretation);
    }

    [Fact]
    public async Task AStatementOnlyWeaklyLikeAKnowledgeBaseAnswer_IsNotAnsweredWithIt()
    {
        var conversation = await StartedAsync();
        var answer = BotConversation.Content.Answers.Find("kb-fake-or-hacked-account")!;

        var replies = await conversation.SayAsync("somebody got into my account");

        Assert.DoesNotContain(answer.YoungPerson.Value.TrimEnd()[..40], replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AShortQuestionNothingElseMatches_RightAfterAnAnswer_GetsThatAnswerAgain_NotIDontKnow()
    {
        var (conversation, _) = await AtTheBullyingQuestionAsync();
        await conversation.SayAsync("what if i cant speak on a 999 call");

        var replies = await conversation.SayAsync("is that only on a mobile?");

        Assert.Contains("press 55", replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("I don't know", replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionNothingMatches_AfterSomethingOtherThanAnAnswer_IsToldHonestlyTheBotDoesntKnow()
    {
        var (conversation, _) = await AtTheMenuAsync();

        var replies = await conversation.SayAsync("is that only on a mobile?");

        Assert.Contains("I don't know", replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFollowUpWellAheadOfEverythingElse_IsAnswered_EvenBelowTheUsualCertainty()
    {
        var (conversation, _) = await AtTheBullyingQuestionAsync();

        var replies = await conversation.SayAsync("ok calling now");

        Assert.StartsWith(AnswerTo("followup-help-coming")[..30], replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFollowUpThatIsOnlyAGuess_IsNotAnswered_ItsAnswerCouldSayCall999()
    {
        var (conversation, _) = await AtTheBullyingQuestionAsync();

        var replies = await conversation.SayAsync("can i just ignore them");

        Assert.DoesNotContain(AnswerTo("followup-hurt-now")[..30], replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionAsFirstMessage_GetsTheSameAnswerAsMidFlow()
    {
        var conversation = new BotConversation(Channels.Emulator, intents: Intents);

        var replies = await conversation.SayAsync("are you a real person");

        Assert.Equal(AnswerTo("question-real-person"), replies[0].Text);
        Assert.Equal("reply", conversation.LastTrace!.Interpretation);
        Assert.Equal("question-real-person", conversation.LastTrace.Intent);
    }

    [Fact]
    public async Task FollowUpAfterADangerAlert_CantSpeak_GetsTheSilentSolution()
    {
        var (conversation, _) = await AtTheBullyingQuestionAsync();
        await conversation.SayAsync("he is hitting me right now");

        var replies = await conversation.SayAsync("i cant call hell hear me");

        Assert.Contains("55", replies.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("didn't understand", replies.AllText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ALongAnswer_ComesWithCardsThatKeepTheirNumbersButNotTheirDescriptions()
    {
        var (conversation, _) = await AtTheBullyingQuestionAsync();
        await conversation.SayAsync("he is hitting me right now");
        var service = BotConversation.Content.GetService("emergency-999");

        var replies = await conversation.SayAsync("i cant call hell hear me");

        var card = Assert.Single(replies.Take(1).Cards());
        Assert.Equal(service.Name, card.Title);
        Assert.Contains("999", card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(service.For!, card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AShortAnswer_ComesWithCardsThatDescribeTheService()
    {
        var (conversation, _) = await AtTheBullyingQuestionAsync();
        var service = BotConversation.Content.GetService("childline");

        var replies = await conversation.SayAsync("are you a real person");

        Assert.Contains(replies.Take(1).Cards(), card => card.Title == service.Name && card.Text!.Contains(service.For!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Thanks_IsAnsweredWithoutNaggingWithTheQuestion()
    {
        var (conversation, question) = await AtTheBullyingQuestionAsync();

        var replies = await conversation.SayAsync("thanks");

        Assert.Equal(AnswerTo("thanks"), Assert.Single(replies).Text);
        Assert.NotEqual(question[^1].Text, replies[^1].Text);
    }

    [Fact]
    public async Task DontKnow_AtAChoice_GetsHelpAndTheOptionsAgain()
    {
        var (conversation, question) = await AtTheBullyingQuestionAsync();

        var replies = await conversation.SayAsync("idk");

        Assert.Equal(AnswerTo("dont-know"), replies[0].Text);
        Assert.Equal(question.Buttons(), replies.Buttons());
    }

    [Fact]
    public async Task AnotherTopicMidFlow_MovesToItsFlow()
    {
        var (conversation, _) = await AtTheBullyingQuestionAsync();

        var replies = await conversation.SayAsync("theres a boy who wants pictures");

        Assert.Contains("You never have to send", replies.AllText(), StringComparison.Ordinal);
        Assert.Equal(FlowIds.ImageRequest, conversation.LastTrace!.Flow);
    }

    [Fact]
    public async Task AOneWordAnswerThatResemblesAnotherTopic_NeverLeavesTheFlow_ItAnswersTheQuestion()
    {
        var (conversation, _) = await AtTheBullyingQuestionAsync();

        var replies = await conversation.SayAsync("xbox");

        Assert.Equal(FlowIds.Bullying, conversation.LastTrace!.Flow);
        Assert.Contains("Block and report", replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParentTypingTheirWorryAtTheWelcome_GoesStraightToThatAdvice()
    {
        var conversation = await StartedAsync();

        var replies = await conversation.SayAsync("my son is being bullied on the bus");

        Assert.Contains("Signs of bullying", replies.AllText(), StringComparison.Ordinal);
        Assert.Equal(FlowIds.WorriedParent, conversation.LastTrace!.Flow);
    }

    [Fact]
    public async Task AParentNamingAYoungPersonsTopic_GetsTheParentsAdviceOnIt()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("I'm a parent or carer");

        var replies = await conversation.SayAsync("a man on fortnite keeps messaging my son");

        Assert.Equal(FlowIds.WorriedParent, conversation.LastTrace!.Flow);
        Assert.Contains("Grooming and exploitation", replies.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("You never have to send", replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AParent_GetsTheParentsWordingOfAnAnswer()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("I'm a parent or carer");

        var replies = await conversation.SayAsync("are you a real person");

        Assert.Equal(AnswerTo("question-real-person", parent: true), replies[0].Text);
    }

    [Fact]
    public async Task AMissOutsideAnyTopic_IsTracedAsAMiss_AndAnsweredWarmly()
    {
        var (conversation, _) = await AtTheMenuAsync();

        var replies = await conversation.SayAsync("purple");

        Assert.Equal("miss", conversation.LastTrace!.Interpretation);
        Assert.Contains(BotConversation.Content.Answers.Fallbacks.First.Select(t => t.Value), text => replies[0].Text!.StartsWith(text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AfterADangerAlertAtTheWelcome_AMessageTheBotCannotPlace_GetsTheKeyPointsForDanger()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("someone is following me");
        var alerts = conversation.LastTrace!.Alerts;

        var replies = await conversation.SayAsync("its over a boy lol its so dumb");

        Assert.Contains("immediate-danger", alerts);
        Assert.Equal("listening", conversation.LastTrace!.Interpretation);
        Assert.Contains(Listening("danger"), replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterTheMenuCommand_TheTopicIsLeftBehind_AndAMissIsAnsweredAsAMiss()
    {
        var (conversation, _) = await AtTheBullyingQuestionAsync();
        await conversation.SayAsync("menu");

        var replies = await conversation.SayAsync("purple");

        Assert.Equal("miss", conversation.LastTrace!.Interpretation);
        Assert.DoesNotContain(Listening("bullying"), replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWeakLeadTowardsAParentsTopic_DoesNotTurnAYoungPersonIntoAParent()
    {
        var conversation = await StartedAsync();
        await conversation.SayAsync("a girl in year 10 says shes gonna jump me at the gates");

        var replies = await conversation.SayAsync("are you a real person");

        Assert.Equal(AnswerTo("question-real-person"), replies[0].Text);
    }

    [Fact]
    public async Task AnOkInsideATopic_IsAnsweredWithTheTopicsService()
    {
        var conversation = await StartedAsync();
        await conversation.SayAllAsync("I'm a young person", "theres a boy who wants pictures");

        var replies = await conversation.SayAsync("ok cool");

        Assert.Equal("reply", conversation.LastTrace!.Interpretation);
        Assert.Contains("CEOP", replies.Take(1).AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOkOutsideAnyTopic_ComesWithoutAServiceCard()
    {
        var (conversation, _) = await AtTheMenuAsync();

        var replies = await conversation.SayAsync("ok cool");

        Assert.Empty(replies.Take(1).Single().Attachments ?? []);
    }
}
