<#ftl output_format="plainText">
<#import "/omakase-values.ftl" as v>
${msg("omakaseSignupCompleteBody", v.line(user.email), v.line(user.lastName!''), v.line(user.firstName!''), loginUrl, realmName)}
