<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>NetSuite TBA Wizard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::AccountId</name>
    <message>
        <source>The account ID is empty. Copy it from Setup &gt; Company &gt; Company Information, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The part after the number must be SB followed by the sandbox number (such as _SB1) or RP for a release preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It must not contain spaces; use an underscore, as in 1234567_SB1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a NetSuite account ID.%2 Use the Account ID from Setup &gt; Company &gt; Company Information, for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a NetSuite account ID: a test drive account (TSTDRV) has no sandbox or release preview. Use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a NetSuite account ID nor a NetSuite address. Use the Account ID from Setup &gt; Company &gt; Company Information, for example %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a NetSuite address (the host %2 is not under netsuite.com). Paste the Account ID itself, for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; does not start with an account ID (it starts with &quot;%2&quot;). Open NetSuite from your account&apos;s own link, such as https://1234567.app.netsuite.com, or paste the Account ID itself, for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test drive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::AccountLookup</name>
    <message>
        <source>Looking up account %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 found. Its web services domain is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite has no account %1. Check the Account ID in Setup &gt; Company &gt; Company Information; a sandbox ends in _SB1, _SB2 and so on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite&apos;s data-center lookup is unavailable (HTTP %1). You can go on; the connection test will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite&apos;s data-center lookup gave an unexpected answer (HTTP %1: %2). You can go on; the connection test will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 to confirm the account (%2). Check that this computer is online; you can go on and test the connection later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check that this computer is online; you can go on and test the connection later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused the connection to %1 (%2). Check the system&apos;s proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 was rejected (%2). Behind a TLS-inspecting proxy, add its CA file in Advanced settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected the lookup elsewhere, so it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::AccountPage</name>
    <message>
        <source>Step 1 of 5: Your NetSuite account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the wizard which account the integration connects to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to NetSuite as an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Setup &gt; Company &gt; Company Information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the &lt;b&gt;Account ID&lt;/b&gt; field, such as 1234567 or 1234567_SB1 for a sandbox, and paste it below. The address of any NetSuite page of your account works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1234567, 1234567_SB1 or a NetSuite address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks NetSuite whether the account exists. No credentials are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name this connection is saved under. Leave it empty for the suggested name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID %1 (%2). Web services: %3, user interface: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::AdvancedSettings</name>
    <message>
        <source>The CA file &quot;%1&quot; cannot be read. Choose a readable PEM file, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request timeout must be between %1 and %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; contains no PEM certificate. Choose the proxy&apos;s CA certificate in PEM form (&quot;-----BEGIN CERTIFICATE-----&quot;), or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data-center lookup URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::AdvancedSettingsDialog</name>
    <message>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: trust the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the data-center lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind a proxy that inspects TLS, add the proxy&apos;s CA certificate (a PEM file). Certificates are always verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;REST base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data-center lookup URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::CaFileLoader</name>
    <message>
        <source>The CA file &quot;%1&quot; holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA file &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::CheckCommand</name>
    <message>
        <source>Invalid --timeout &quot;%1&quot;: give a number of seconds greater than 0 and at most 600, such as 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 check --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1, account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2, features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3, integration record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4, role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5, access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wizard step: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test a NetSuite Token-Based Authentication connection: check the account ID and credentials, look up the account&apos;s domains, compare the clocks, log in with a signed request and check each permission the integration needs. With --account, the credentials come from the environment variables NETSUITE_CONSUMER_KEY, NETSUITE_CONSUMER_SECRET, NETSUITE_TOKEN_ID and NETSUITE_TOKEN_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile whose keychain entries contain the credentials; the result is recorded in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite account ID, such as 1234567_SB1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST domain to use instead of the looked-up one; skips the data-center lookup. No user name or password in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the data-center lookup instead of https://rest.netsuite.com. When the lookup there fails, the check stops instead of using NetSuite&apos;s real hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file with extra certificate authorities to trust, such as a corporate proxy&apos;s. Certificates are always verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time allowed for each request, in seconds: more than 0, at most 600 (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --profile NAME or --account ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the result was not recorded in the profile. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::CommandLine</name>
    <message>
        <source>Print the OAuth 1.0a Authorization header for a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing environment variable(s): %1. Set all four of NETSUITE_CONSUMER_KEY, NETSUITE_CONSUMER_SECRET, NETSUITE_TOKEN_ID and NETSUITE_TOKEN_SECRET; credentials are never read from arguments, which other users can see in the process list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test a connection: lookup, clock, login and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the saved connection profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a profile with the credentials from the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a profile as json, env, ini or postman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a profile exported as json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a profile and its keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [COMMAND] [OPTIONS]

Without a command, opens the setup wizard window.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &quot;%1 COMMAND --help&quot; for the options of a command.

Options:
  -h, --help     Show this help.
  -v, --version  Show the version.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::ConnectionStore</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name, or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is named &quot;%1&quot;, so there is nothing to update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::ConnectionTest</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 (%2); see the warnings below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 (%2); the four credentials look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: using the given base URL %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking NetSuite for the account&apos;s domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID not found: NetSuite has no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup failed (%1); using the host built from the account ID, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing this computer&apos;s clock with NetSuite&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is within %1 of NetSuite&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 off NetSuite&apos;s; NetSuite rejects more than 5 minutes. Set the clock to synchronize automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 off NetSuite&apos;s, more than the 5 minutes NetSuite allows: check the clock and its time zone setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a signed request to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite accepted the token (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite rejected the login (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n permission(s)</source>
        <translation>
            <numerusform>Checking %n permission</numerusform>
            <numerusform>Checking %n permissions</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verifiable over REST: check it on the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: add %1 (%2) to the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) missing.</source>
        <translation>
            <numerusform>%n permission missing.</numerusform>
            <numerusform>%n permissions missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) could not be checked.</source>
        <translation>
            <numerusform>%n permission could not be checked.</numerusform>
            <numerusform>%n permissions could not be checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every permission REST can verify is present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: an earlier step failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>The lookup&apos;s secure connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup at %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared: the server sent no Date header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite denied the login (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::ConnectionTestModel</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::CredentialEdit</name>
    <message>
        <source>64 hexadecimal characters, as NetSuite shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides the value again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the value in plain text, for example to compare it with NetSuite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::CredentialMessages</name>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::CredentialValidator</name>
    <message>
        <source>Consumer Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. Paste it from NetSuite; it is shown only once, when the record is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains whitespace at position %2. Copy the value again without spaces or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains the character %2 at position %3, which NetSuite never issues. Copy the value again from NetSuite or from a plain-text editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n characters long; NetSuite usually issues 64 hexadecimal characters. Check that the whole value was copied.</source>
        <translation>
            <numerusform>%1 is %n character long; NetSuite usually issues 64 hexadecimal characters. Check that the whole value was copied.</numerusform>
            <numerusform>%1 is %n characters long; NetSuite usually issues 64 hexadecimal characters. Check that the whole value was copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Token ID is the same as the Consumer Key. Paste the Token ID from the access token record, not from the integration record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is the same as the %2. The four values must all be different, so copy the %1 again from NetSuite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::DataCenterLookup</name>
    <message>
        <source>The lookup service answered &quot;Service Unavailable&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup answered with something that is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup&apos;s answer has no https webservicesDomain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::Diagnoser</name>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 %2 NetSuite&apos;s. NetSuite rejects a request whose time is more than 5 minutes off its own clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the clock to synchronize automatically and check the time zone setting (a wrong time zone with the right local time shifts the clock by hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; Users/Roles &gt; Manage Roles &gt; (the integration&apos;s role) &gt; Edit &gt; Permissions &gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role lacks the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 with level %2 to the role, save, and test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite refused the request because the account&apos;s concurrency limit was reached: other integrations were using it. This is not an authentication failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test again in a few minutes, or raise the integration&apos;s share of the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; Integration &gt; Integration Management &gt; Integration Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name could not be resolved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name does not exist or no DNS server answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account ID and the network connection; behind a proxy, check the system&apos;s proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections at that address and port, or a firewall rejects them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL and that a firewall allows outgoing HTTPS (port 443).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server or the network did not answer within the request&apos;s time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and firewall, then test again, with a longer timeout if the network is slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server in the system&apos;s settings refused the connection, failed, or asks for a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the system&apos;s proxy settings (or the https_proxy environment variable) with your network team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another host (%1); the signed request was not sent there (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address answers with a redirect to another host. Credentials are only ever sent to the host asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the account&apos;s own REST domain, as the data-center lookup gives it, instead of a hand-made address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; Company &gt; Company Information &gt; Company URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps redirecting the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the account&apos;s own REST domain from Company URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not signed by any trusted authority: something intercepts the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your company inspects TLS traffic, add its CA certificate (PEM) as the CA file; otherwise do not go on from this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate comes from an unknown authority (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not trusted, as happens behind a corporate proxy that inspects TLS traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your network team for the proxy&apos;s CA certificate (PEM) and add it as the CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s validity period does not include this computer&apos;s date: the certificate expired, or the clock is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s date first; if it is right, the server or a proxy uses an expired certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not name the host that was asked: a wrong address or an intercepting proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL; if it is right, ask your network team about TLS inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake or the certificate check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network, and with your network team whether a proxy inspects TLS traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network request failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed or was cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite asked to slow down (%1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite rejected a request header. An Accept-Language header in a language other than the company&apos;s default is a known cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read NetSuite&apos;s detail below; if a proxy adds headers such as Accept-Language, ask your network team to leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read NetSuite&apos;s detail below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite rejected the request (%1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite answered with a server error (%1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite had a problem, or the account is in maintenance or being upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; Users/Roles &gt; User Management &gt; View Login Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is wrong or two were swapped: most often the Consumer Secret and the Token Secret, or the Consumer Key and the Token ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste each value again into its own field. NetSuite shows them only once: if one is lost, create a new access token (and reset the integration&apos;s credentials for a lost Consumer Secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; Users/Roles &gt; Access Tokens &gt; New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token was created for another integration record, user or role than the one the Consumer Key belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new access token choosing this integration, the integration&apos;s user and its role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token was revoked, or the integration record&apos;s State is Blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the token is not revoked (a revoked token cannot be restored: create a new one) and that the integration&apos;s State is Enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; Users/Roles &gt; Access Tokens; Setup &gt; Integration &gt; Manage Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Token-Based Authentication feature (or REST Web Services) is off in this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Token-Based Authentication under Manage Authentication and REST Web Services under SuiteTalk, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; Company &gt; Enable Features &gt; SuiteCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role lacks the permissions &quot;Log in using Access Tokens&quot; or &quot;User Access Tokens&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Setup &gt; Log in using Access Tokens (Full) and Setup &gt; User Access Tokens (Full) to the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; Users/Roles &gt; Manage Roles &gt; (the integration&apos;s role) &gt; Edit &gt; Permissions &gt; Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token belongs to another account: a sandbox refresh does not copy access tokens, and a production token does not work in a sandbox, nor the other way round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the access token in the account you are testing, after its last refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 off NetSuite&apos;s; NetSuite rejects more than 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data-center lookup failed, so the test used the host built from the account ID, which NetSuite advises against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not valid; nothing was sent to NetSuite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Account ID from Company Information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; Company &gt; Company Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID not found: NetSuite has no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account ID is mistyped, or it is a sandbox&apos;s ID written without its suffix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Account ID from Company Information. A sandbox&apos;s ID ends in _SB1, _SB2 and so on, such as 1234567_SB1; a release preview&apos;s in _RP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test stopped before the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite rejected the login (401 %1). NetSuite gives every authentication failure this same answer; the real cause is in the Detail column of the Login Audit Trail: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected, but the role lacks %n permission(s).</source>
        <translation>
            <numerusform>Connected, but the role lacks %n permission.</numerusform>
            <numerusform>Connected, but the role lacks %n permissions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some permissions could not be checked; test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but NetSuite&apos;s concurrency limit stopped some permission checks. This is not an authentication failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: every permission that REST can verify is present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID and credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-center lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role lacks the permission Setup &gt; REST Web Services, or the REST Web Services feature is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Setup &gt; REST Web Services (Full) to the role, and check that the REST Web Services feature is on (Setup &gt; Company &gt; Enable Features &gt; SuiteCloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data-center lookup at the given address gave no usable answer (HTTP %1). The test stopped, because it never falls back to NetSuite&apos;s real hosts when the lookup address was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup address does not answer as NetSuite&apos;s data-center lookup: it is down, wrong, or returned no https webservicesDomain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the lookup address, or leave it out to ask NetSuite&apos;s own lookup at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite denied the login (403 %1): the role may not log in with access tokens or use REST web services.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::DiagnosisView</name>
    <message>
        <source>NetSuite says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing permissions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 Fix: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In NetSuite: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes back to step %1 to fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Advanced...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the advanced settings to set the CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the advanced settings to set a longer request timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the advanced settings to correct or clear the lookup address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::ExitCodeHelp</name>
    <message>
        <source>success: connected, and every permission that can be verified is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid usage or input, including an account ID that NetSuite&apos;s data-center lookup does not find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid usage or input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite rejected the login: authentication failed (401), or the role may not log in with access tokens or use REST web services (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected, but the role lacks permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network, TLS or timeout error, NetSuite&apos;s rate limit (429), or another HTTP error that codes 2 and 3 do not cover, such as 400, a 5xx or an answer that is not NetSuite&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret store (keychain) error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::ExportDialog</name>
    <message>
        <source>Export connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profile (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables (.env)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python netsuite package (.ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman environment (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include the four secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without secrets, the file is safe to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The secrets are encrypted with the passphrase (at least %n characters).</source>
        <translation>
            <numerusform>The secrets are encrypted with the passphrase (at least %n character).</numerusform>
            <numerusform>The secrets are encrypted with the passphrase (at least %n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: this format holds the secrets in plaintext. Anyone who can read the file can use the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists. Click Replace to overwrite it, or change the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: The two passphrases differ. Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&amp;eat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: &quot;%1&quot; is a folder. Add a file name, such as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::FeaturesPage</name>
    <message>
        <source>Step 2 of 5: Enable the features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token-Based Authentication works only with these SuiteCloud features on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Setup &gt; Company &gt; Enable Features and open the &lt;b&gt;SuiteCloud&lt;/b&gt; tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each feature listed below, accepting the terms of service where NetSuite asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Save&lt;/b&gt;, then tick each feature here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled in NetSuite:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::HttpProbe</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n millisecond(s).</source>
        <translation>
            <numerusform>No answer within %n millisecond.</numerusform>
            <numerusform>No answer within %n milliseconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redirect to %1 not followed: credentials are only sent to the host asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 redirects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::IntegrationPage</name>
    <message>
        <source>Step 3 of 5: Create the integration record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration record identifies the application that connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Setup &gt; Integration &gt; Manage Integrations &gt; New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name below, set the state to &lt;b&gt;Enabled&lt;/b&gt; and tick &lt;b&gt;Token-Based Authentication&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Save&lt;/b&gt;. NetSuite then shows the &lt;b&gt;Consumer Key&lt;/b&gt; and &lt;b&gt;Consumer Secret&lt;/b&gt; once only: copy both into the fields below before leaving the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: from NetSuite release 2027.1, new integration records can no longer use Token-Based Authentication; records made before keep working. On such an account, reusing an existing record may be the only choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token-Based Authentication is ticked on the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reuse an existing integration record instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Consumer Key and Secret of a record you already have, if you kept them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: NetSuite shows the Consumer Key and Secret only once. If they are lost, reset them on the integration record (Reset Credentials) and update every system that uses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer &amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer S&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Setup &gt; Integration &gt; Manage Integrations and open the record to reuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that its state is &lt;b&gt;Enabled&lt;/b&gt; and that &lt;b&gt;Token-Based Authentication&lt;/b&gt; is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite showed the &lt;b&gt;Consumer Key&lt;/b&gt; and &lt;b&gt;Consumer Secret&lt;/b&gt; only once, when the record was first saved. Enter the values you kept, or use &lt;b&gt;Reset Credentials&lt;/b&gt; on the record to get new ones: systems that use the old values then stop working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::KeychainError</name>
    <message>
        <source>No %1 is stored for profile &quot;%2&quot;. Store the credentials again with the save command or the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds. It may be waiting for an unlock prompt that cannot be shown: unlock the keyring, or run inside a desktop session, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is reachable: no Secret Service (such as gnome-keyring) or KWallet answers on the D-Bus session bus. Start or install gnome-keyring or KWallet, or pass the credentials in the NETSUITE_* environment variables, or keep them in an export encrypted with a passphrase. Nothing was written in plaintext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it, for example with your desktop&apos;s password and keys manager, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow this application to use the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::LoginAuditTrailDecoder</name>
    <message>
        <source>The signature did not match: the Consumer Secret or Token Secret is wrong or the two were swapped, or the account ID differs from the account the token belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste both secrets again into their own fields and check that the account ID matches exactly, including a sandbox&apos;s _SB1 suffix. If a secret is lost, create a new access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; Users/Roles &gt; Access Tokens &gt; New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s time was more than 5 minutes off NetSuite&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this computer&apos;s clock to synchronize automatically and check its time zone setting, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same nonce and timestamp reached NetSuite twice: something between this computer and NetSuite replayed the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test again. If it repeats, ask your network team whether a proxy retries requests; the credentials themselves are not at fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite knows no integration with this Consumer Key in this account: the key is wrong, or the integration record was deleted or made in another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the Consumer Key again. If it is lost, reset the credentials on the integration record (this invalidates the old ones) and create a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; Integration &gt; Manage Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration record is Blocked, or Token-Based Authentication is not checked on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the integration record, set State to Enabled and check Token-Based Authentication under Authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Token-Based Authentication feature is off in this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Token-Based Authentication under SuiteCloud &gt; Manage Authentication and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; Company &gt; Enable Features &gt; SuiteCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required OAuth field was missing from the request: something between this computer and NetSuite removed or rewrote the Authorization header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your network team whether a proxy rewrites Authorization headers, and test from another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite rejected the nonce as too short or malformed. This program sends 24 letters and digits, so the request was altered on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your network team whether a proxy rewrites Authorization headers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::Main</name>
    <message>
        <source>netsuite-tba-wizard: no display found to open the wizard window (DISPLAY and WAYLAND_DISPLAY are not set). Run it in a desktop session, or run a command instead, such as &quot;netsuite-tba-wizard --help&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::NetSuiteLinks</name>
    <message>
        <source>Setup &gt; Company &gt; Company Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; Company &gt; Enable Features &gt; SuiteCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; Integration &gt; Manage Integrations &gt; New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; Users/Roles &gt; Manage Roles &gt; New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists &gt; Employees &gt; Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; Users/Roles &gt; Access Tokens &gt; New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; Integration &gt; Manage Integrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::Passphrase</name>
    <message>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is needed but there is no terminal to ask for it. Set NETSUITE_TBA_PASSPHRASE, or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::Permission</name>
    <message>
        <source>Lists &gt; Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists &gt; Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists &gt; Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists &gt; Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions &gt; Sales Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions &gt; Item Fulfillment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions &gt; Return Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports &gt; SuiteAnalytics Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; SOAP Web Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists &gt; Persist Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions &gt; Find Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions &gt; Fulfill Sales Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists &gt; Perform Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::ProfileCommands</name>
    <message>
        <source>Name of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the saved connection profiles: name, account ID and last check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles are saved yet. Save one with the wizard or the save command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a connection profile: the account and names in the profile file, the four credentials from NETSUITE_CONSUMER_KEY, NETSUITE_CONSUMER_SECRET, NETSUITE_TOKEN_ID and NETSUITE_TOKEN_SECRET in the keychain. An existing profile of the same account gets the new credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite account ID, such as 1234567_SB1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the integration record in NetSuite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the role the access token is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing profile of another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is for account %2, not %3. Add --replace to replace it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot; for account %2; its credentials are in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a connection profile and its credentials in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a connection profile and move its credentials in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed profile &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::ProfileDocumentFormat</name>
    <message>
        <source>Invalid field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member is not part of the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time such as 2026-01-31T12:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must be a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must be Base64 of %1 to %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &quot;scrypt&quot; is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &quot;AES-256-GCM&quot; is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 bytes long; profile files are at most %2 bytes (1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2. It may be truncated or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a profile: its JSON is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a profile: its &quot;format&quot; member is not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file uses profile format version %1, made by a newer version of this application; this version reads up to version %2. Update the application to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is an export in the %1 format, which is for other tools. Only exports in the json format can be imported, not the env, ini or postman formats: export the profile again in the json format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::ProfileExporter</name>
    <message>
        <source>Could not write &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: it is a symbolic link, which is never replaced. Give the path of a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::ProfileName</name>
    <message>
        <source>profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid %1 &quot;%2&quot;: CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9 name devices on Windows, with or without an extension. Choose another name.</source>
        <extracomment>%1 is the term for the name, such as &quot;profile name&quot;; %2 is the name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid %1 &quot;%2&quot;: use 1 to %3 ASCII letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter or digit, such as &quot;production&quot; or &quot;sandbox-1&quot;.</source>
        <extracomment>%1 is the term for the name, such as &quot;profile name&quot;; %2 is the name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::ProfileStore</name>
    <message>
        <source>No profile is named &quot;%1&quot;. Run the list command to see the saved profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds secrets, which belong in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile file &quot;%1&quot; is invalid. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name, or delete or rename the existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the profile folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::ProfileValidation</name>
    <message>
        <source>It is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains the control character U+%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain such as https://1234567.suitetalk.api.netsuite.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the realm form; write it as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a preset id such as &quot;aftership&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; the only method is &quot;tba&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a NetSuite domain: its host %2 is not under netsuite.com, nor a loopback address such as 127.0.0.1 or localhost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::RequestSigner</name>
    <message>
        <source>The request could not be signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not a valid absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be signed: no random nonce could be generated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::ResultPage</name>
    <message>
        <source>Connection saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter these values in the integration&apos;s connect form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export connection profile...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied secrets are hidden from clipboard managers and cleared from the clipboard after %n seconds.</source>
        <translation>
            <numerusform>Copied secrets are hidden from clipboard managers and cleared from the clipboard after %n second.</numerusform>
            <numerusform>Copied secrets are hidden from clipboard managers and cleared from the clipboard after %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copies the %1 to the clipboard for %n seconds.</source>
        <translation>
            <numerusform>Copies the %1 to the clipboard for %n second.</numerusform>
            <numerusform>Copies the %1 to the clipboard for %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies the %1 to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; to account %2 is saved. Its secrets are in the system keychain; the rest is in your settings folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test: passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was saved without a passing test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1. The clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>Copied the %1. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied the %1. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::RolePage</name>
    <message>
        <source>Step 4 of 5: Create the role and assign it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role decides what the integration may see and change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Setup &gt; Users/Roles &gt; Manage Roles &gt; New and enter the role name below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &lt;b&gt;Subsidiary Restrictions&lt;/b&gt; to &lt;b&gt;All&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Permissions&lt;/b&gt; tab, add each permission listed below with its level, then click &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Lists &gt; Employees, edit the user the integration logs in as, and add the role on the &lt;b&gt;Access&lt;/b&gt; tab under &lt;b&gt;Roles&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in NetSuite:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::SecretsEncryption</name>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not draw random numbers to encrypt the secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the secrets failed in OpenSSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed in OpenSSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase or damaged file: the secrets could not be decrypted. Check the passphrase, or export the profile again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::ServiceUrl</name>
    <message>
        <source>Invalid %1 &quot;%2&quot;: remove the user name and password from the address. NetSuite credentials are never part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid %1 &quot;%2&quot;: give an https address without a query, such as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid %1 &quot;%2&quot;: give the domain without the path &quot;%3&quot;, such as %4. The test adds /services/rest/ itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::SetupChecklists</name>
    <message>
        <source>Client SuiteScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the scripts that integrations install on NetSuite forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server SuiteScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the server-side scripts and RESTlets that integrations call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST Web Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets the integration read and write records over REST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token-Based Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets the integration log in with tokens instead of a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidiary Restrictions: All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets the integration see records of every subsidiary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (level %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; REST Web Services (level Full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, every REST request is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &gt; User Access Tokens, or Log in using Access Tokens (level Full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, NetSuite rejects the token at login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role assigned to the integration&apos;s user (Lists &gt; Employees &gt; Edit &gt; Access &gt; Roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a user who has the role can create an access token for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::SetupPage</name>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::SetupWizard</name>
    <message>
        <source>NetSuite Token-Based Authentication Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open saved...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection has been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved connection and discard what you typed here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open saved connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new setup and discard what you typed here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard and start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved input?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved connection can be opened, because each profile file is damaged. The list command reports these files as skipped:

%1

Fix or delete them, or save the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These damaged profile files are not listed:
%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account ID and the ticked steps are kept, so the next start resumes where you stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving the secrets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account ID and the ticked steps are kept for next time. The consumer and token values in this window are not, because secrets are stored in the keychain only when you finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close without saving them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::SignCommand</name>
    <message>
        <source>Invalid --url &quot;%1&quot;: give the whole address as it is sent, such as https://1234567.suitetalk.api.netsuite.com/services/rest/record/v1/customer?limit=1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --method &quot;%1&quot;: use an HTTP method such as GET or POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the OAuth 1.0a (HMAC-SHA256) Authorization header value for one NetSuite request. The credentials come from the environment variables NETSUITE_CONSUMER_KEY, NETSUITE_CONSUMER_SECRET, NETSUITE_TOKEN_ID and NETSUITE_TOKEN_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetSuite account ID, such as 1234567_SB1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method, such as GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s URL exactly as it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce to use instead of a random one: 6 to 64 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp in seconds since 1970-01-01 UTC to use instead of the current time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print the signature base string, on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 sign --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --timestamp &quot;%1&quot;: use whole seconds since 1970-01-01 UTC, such as 1508242306.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --nonce %1: give 6 to 64 letters and digits, such as fjaLirsIcCGVZWzBX0pg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature base string: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::StepIntro</name>
    <message>
        <source>In NetSuite: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Net&amp;Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1 of your account in the web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Account ID on the first page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser could not be opened. Open this address yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::StoreSession</name>
    <message>
        <source>Invalid %1 &quot;%2&quot;: use a whole number of milliseconds from 1 to %3, or unset it for the default of %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::TokenPage</name>
    <message>
        <source>Step 5 of 5: Create the access token and test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token ties the integration record, the user and the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Setup &gt; Users/Roles &gt; Access Tokens &gt; New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the integration record as &lt;b&gt;Application Name&lt;/b&gt;, then the user and the role of step 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Save&lt;/b&gt;. NetSuite shows the &lt;b&gt;Token ID&lt;/b&gt; and &lt;b&gt;Token Secret&lt;/b&gt; once only: copy both into the fields below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Test connection&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token S&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs requests with the four values and checks the login and each permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this connection &amp;untested; it may not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the saved connection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; is already saved. Replace it and its secrets in the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the saved one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. Choose another connection name on step 1 to keep both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this connection altho&amp;ugh its test failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::TransferCommands</name>
    <message>
        <source>Could not read &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 bytes long; profile files are at most %3 bytes (1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to standard output: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the export: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decrypted secrets are invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a connection profile to a file of mode 0600. Without --include-secrets the file holds no secret. With it, the json format encrypts the four credentials with a passphrase (asked on the terminal, or taken from NETSUITE_TBA_PASSPHRASE), and the env, ini and postman formats hold them in plaintext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the profile to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write, or - for standard output. A symbolic link is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format: json (the default), env, ini or postman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the four credentials from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --format &quot;%1&quot;: use json, env, ini or postman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase to encrypt the secrets (at least %1 characters): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported profile &quot;%1&quot; to %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with its secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, without secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a connection profile exported in the json format. Encrypted secrets are decrypted with the passphrase (asked on the terminal, or taken from NETSUITE_TBA_PASSPHRASE) and stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile under this name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing profile of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing FILE. Run &quot;%1 import --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Add --replace to replace it, or --name to import under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported profile &quot;%1&quot; with its secrets, now in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported profile &quot;%1&quot; without secrets. Store them with &quot;%2 save --profile %1 --account %3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tba::WizardController</name>
    <message>
        <source>%1 Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Integration Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the connection before exporting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; is already saved. Finish will ask before replacing it; choose another name to keep both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the connection &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no secrets for the connection &quot;%1&quot;, for example because it was imported without them. Paste the Consumer Key and Consumer Secret on step 3 and the Token ID and Token Secret on step 5; Finish stores them in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets of the connection &quot;%1&quot; could not be read from the keychain, so the Consumer Key, Consumer Secret, Token ID and Token Secret are empty. %2 Then open the connection again, or paste the four values on steps 3 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
