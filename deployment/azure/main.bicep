// Azure Bot (Teams + Web Chat channels) and a Linux App Service running the container image.
// az deployment group create -g <rg> -f deployment/azure/main.bicep -p botAppId=<guid> botAppPassword=<secret> image=<registry>/safeschools-bot:<tag>
@description('Short name used for every resource.')
param name string = 'safeschools-bot'
param location string = resourceGroup().location
@description('Microsoft App ID of the bot (Entra app registration).')
param botAppId string
@secure()
param botAppPassword string
@description('SingleTenant or MultiTenant.')
@allowed([ 'SingleTenant', 'MultiTenant' ])
param botAppType string = 'SingleTenant'
param tenantId string = subscription().tenantId
@description('Container image of the bot host.')
param image string
@secure()
param postgresConnectionString string = ''
@secure()
param directLineSigningKey string

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: 'B1' }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: name
  location: location
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOCKER|${image}'
      webSocketsEnabled: true
      minTlsVersion: '1.2'
      healthCheckPath: '/healthz'
      appSettings: [
        { name: 'WEBSITES_PORT', value: '8080' }
        { name: 'Bot__MicrosoftAppId', value: botAppId }
        { name: 'Bot__MicrosoftAppPassword', value: botAppPassword }
        { name: 'Bot__MicrosoftAppTenantId', value: botAppType == 'SingleTenant' ? tenantId : '' }
        { name: 'Storage__Provider', value: empty(postgresConnectionString) ? 'Sqlite' : 'PostgreSql' }
        { name: 'Storage__ConnectionString', value: postgresConnectionString }
        { name: 'DirectLine__TokenSigningKey', value: directLineSigningKey }
        // App Service's front end adds the client's address to X-Forwarded-For: the new-chat rate limit counts each client on its own.
        { name: 'ASPNETCORE_FORWARDEDHEADERS_ENABLED', value: 'true' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: 'Safe Schools chatbot'
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: botAppType
    msaAppTenantId: botAppType == 'SingleTenant' ? tenantId : ''
    disableLocalAuth: false
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: { channelName: 'MsTeamsChannel', properties: { isEnabled: true } }
}

resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: { channelName: 'WebChatChannel' }
}

output messagingEndpoint string = bot.properties.endpoint
