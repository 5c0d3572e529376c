package jp.omakase.tenant;

import jp.omakase.tenant.bulk.CsvJobs;
import jp.omakase.tenant.users.UserInvitation;

/** What the console's pages share beyond the request: the invitation mail and this node's bulk files. */
public record ConsoleServices(UserInvitation invitation, CsvJobs csvJobs) {
}
