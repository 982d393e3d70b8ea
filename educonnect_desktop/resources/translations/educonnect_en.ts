<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AccountDetails</name>
    <message>
        <location filename="../../ui/secretariat/account_details.py" line="+17"/>
        <source>Responsable légal 1</source>
        <translation>Legal guardian 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable légal 2</source>
        <translation>Legal guardian 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autre contact</source>
        <translation>Other contact</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Niveau {0}</source>
        <translation>Level {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signalé comme erroné</source>
        <translation>reported as wrong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>non validé</source>
        <translation>not confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1} ({2}) — {3}</source>
        <translation>{0} {1} ({2}) — {3}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bloqué après trop d&apos;essais infructueux, jusqu&apos;au {0} à {1} (« Débloquer » le libère)</source>
        <translation>blocked after too many failed attempts, until {0} at {1} (“Unblock” releases it)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mot de passe choisi par la personne</source>
        <translation>Password chosen by the person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mot de passe provisoire</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe provisoire valable jusqu&apos;au {0}</source>
        <translation>Temporary password valid until {0}</translation>
    </message>
</context>
<context>
    <name>AccountDetailsView</name>
    <message>
        <location line="+8"/>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Établissement</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernière connexion</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Représentants légaux</source>
        <translation>Legal guardians</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Élèves</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sélectionnez un compte dans la liste.</source>
        <translation>Select an account in the list.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} :</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> (nom d&apos;usage : {0})</source>
        <translation> (used name: {0})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Jamais</source>
        <translation>Never</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../../ui/secretariat/account_panel.py" line="+35"/>
        <source>Compte sélectionné</source>
        <translation>Selected account</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Réi&amp;nitialiser le mot de passe</source>
        <translation>Reset the pass&amp;word</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Réinitialiser le mot de passe</source>
        <translation>Reset the password</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Dé&amp;bloquer</source>
        <translation>Un&amp;block</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Débloquer le compte</source>
        <translation>Unblock the account</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Dé&amp;sactiver</source>
        <translation>Di&amp;sable</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+41"/>
        <location line="+97"/>
        <source>Désactiver le compte</source>
        <translation>Disable the account</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Corri&amp;ger les liens…</source>
        <translation>Fix the lin&amp;ks…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corriger les liens entre élèves et représentants légaux</source>
        <translation>Fix the links between pupils and legal guardians</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Détails du compte</source>
        <translation>Account details</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Réactiver</source>
        <translation>&amp;Re-enable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Réactiver le compte</source>
        <translation>Re-enable the account</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Un nouveau mot de passe provisoire va être créé pour {0} {1} ({2}). L&apos;ancien mot de passe ne fonctionnera plus. La lettre à lui remettre sera enregistrée en PDF.</source>
        <translation>A new temporary password will be created for {0} {1} ({2}). The old password will stop working. The letter to hand over will be saved as a PDF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Réinitialiser</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mot de passe réinitialisé. Lettre enregistrée : {0}</source>
        <translation>Password reset. Letter saved: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Le mot de passe a été réinitialisé, mais la lettre n&apos;a pas pu être enregistrée : {0} Réinitialisez-le à nouveau pour obtenir une lettre.</source>
        <translation>The password was reset, but the letter could not be saved: {0} Reset it again to get a letter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compte débloqué : {0} peut à nouveau se connecter.</source>
        <translation>Account unblocked: {0} can sign in again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le compte {0} {1} ({2}) ne pourra plus se connecter tant qu&apos;il n&apos;est pas réactivé.</source>
        <translation>The account {0} {1} ({2}) will not be able to sign in until it is re-enabled.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désactiver</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compte désactivé.</source>
        <translation>Account disabled.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compte réactivé.</source>
        <translation>Account re-enabled.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/secretariat/accounts_model.py" line="+56"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernière connexion</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Établissement</source>
        <translation>Establishment</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../ui/secretariat/accounts_tab.py" line="+47"/>
        <source>Rechercher un compte</source>
        <translation>Search for an account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom, prénom ou identifiant ; les accents sont facultatifs</source>
        <translation>Surname, first name or identifier; accents are optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom, prénom ou identifiant (Ctrl+F)</source>
        <translation>Surname, first name or identifier (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filtrer par type</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tous les types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtrer par classe</source>
        <translation>Filter by class</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Toutes les classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtrer par état</source>
        <translation>Filter by state</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tous les états</source>
        <translation>All states</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nombre de comptes</source>
        <translation>Number of accounts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comptes</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rec&amp;hercher :</source>
        <translation>Searc&amp;h:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;lasse :</source>
        <translation>C&amp;lass:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ét&amp;at :</source>
        <translation>St&amp;ate:</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Recherche…</source>
        <translation>Search…</translation>
    </message>
</context>
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../../ui/recovery/address_page.py" line="+27"/>
        <source>Identifiant perdu</source>
        <translation>Lost identifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Adresse e-mail</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>&amp;Adresse e-mail :</source>
        <translation>&amp;E-mail address:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Recevoir mon identifiant</source>
        <translation>&amp;Receive my identifier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indiquez le numéro de téléphone portable que vous avez confirmé dans votre compte de parent.</source>
        <translation>Enter the mobile phone number you confirmed in your parent account.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Téléphone portable :</source>
        <translation>&amp;Mobile phone:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Téléphone portable</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indiquez l&apos;adresse e-mail que vous avez confirmée dans votre compte.</source>
        <translation>Enter the e-mail address you confirmed in your account.</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../../ui/recovery/answer_view.py" line="+19"/>
        <source>Réponse à votre demande</source>
        <translation>Answer to your request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sans adresse ni portable confirmé</source>
        <translation>No confirmed address or mobile number</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../core/audit_labels.py" line="+15"/>
        <source>Connexion</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte activé</source>
        <translation>Account activated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charte acceptée</source>
        <translation>Charter accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enfants confirmés</source>
        <translation>Children confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte fermé</source>
        <translation>Account closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte désactivé</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte réactivé</source>
        <translation>Account re-enabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changement d&apos;adresse e-mail demandé</source>
        <translation>E-mail address change requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation d&apos;adresse e-mail renvoyée</source>
        <translation>E-mail address confirmation sent again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse e-mail confirmée</source>
        <translation>E-mail address confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changement de portable demandé</source>
        <translation>Mobile number change requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable confirmé</source>
        <translation>Mobile number confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe modifié</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe choisi</source>
        <translation>Password chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe réinitialisé</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte débloqué</source>
        <translation>Account unblocked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lien avec un enfant signalé</source>
        <translation>Link with a child reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lien signalé examiné</source>
        <translation>Reported link reviewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptes fusionnés</source>
        <translation>Accounts merged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réglage modifié</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret modifié</source>
        <translation>Secret changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clé de la base de données exportée</source>
        <translation>Database key exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clé de la base de données importée</source>
        <translation>Database key imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Démonstration chargée</source>
        <translation>Demo loaded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anciens comptes ATEN importés</source>
        <translation>Old ATEN accounts imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connexion avec un ancien compte ATEN</source>
        <translation>Sign-in with an old ATEN account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lettres éditées</source>
        <translation>Letters printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lien élève – représentant retiré</source>
        <translation>Pupil – guardian link removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lien élève – représentant enregistré</source>
        <translation>Pupil – guardian link saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoi de message échoué (nouvel essai prévu)</source>
        <translation>Message sending failed (another attempt planned)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message annulé</source>
        <translation>Message cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message en échec</source>
        <translation>Message failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message mis en file d&apos;attente</source>
        <translation>Message queued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message remis en file d&apos;attente</source>
        <translation>Message queued again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message envoyé</source>
        <translation>Message sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message de test envoyé</source>
        <translation>Test message sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte effacé (RGPD)</source>
        <translation>Account erased (GDPR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Données d&apos;une famille exportées (droit d&apos;accès)</source>
        <translation>A family&apos;s data exported (right of access)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purge des données périmées</source>
        <translation>Purge of outdated data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant perdu</source>
        <translation>Lost identifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe réinitialisé (mot de passe perdu)</source>
        <translation>Password reset (lost password)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe perdu : code demandé</source>
        <translation>Lost password: code requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe perdu : code saisi</source>
        <translation>Lost password: code entered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Création de compte : code SMS vérifié</source>
        <translation>Account creation: SMS code checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Création de compte : code SMS demandé</source>
        <translation>Account creation: SMS code requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Création de compte : parent identifié</source>
        <translation>Account creation: parent identified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import SIECLE / ONDE</source>
        <translation>SIECLE / ONDE import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premier administrateur créé</source>
        <translation>First administrator created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnel ajouté</source>
        <translation>Staff member added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action refusée (droits insuffisants)</source>
        <translation>Action refused (insufficient rights)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflit de synchronisation tranché</source>
        <translation>Sync conflict settled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable rattaché au compte qu&apos;il a dans un autre établissement</source>
        <translation>Guardian joined to the account they have at another school</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poste inscrit auprès du serveur central</source>
        <translation>Workstation enrolled with the central server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connexions</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptes</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enfants (signalements, fusions)</source>
        <translation>Children (reports, merges)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liens élève – représentant</source>
        <translation>Pupil – guardian links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant ou mot de passe perdu</source>
        <translation>Lost identifier or password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Création de compte par SMS</source>
        <translation>Account creation by SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports SIECLE / ONDE</source>
        <translation>SIECLE / ONDE imports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lettres</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnel</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anciens comptes ATEN</source>
        <translation>Old ATEN accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Établissements</source>
        <translation>Schools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages de test</source>
        <translation>Test messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vie privée (export, effacement, purges)</source>
        <translation>Privacy (export, erasure, purges)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base de données (clé de chiffrement)</source>
        <translation>Database (encryption key)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rôle</source>
        <translation>role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>motif</source>
        <translation>reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canal</source>
        <translation>channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nombre</source>
        <translation>count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>établissement</source>
        <translation>school</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UAI</source>
        <translation>UAI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classe</source>
        <translation>class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>état</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>état précédent</source>
        <translation>previous status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message n°</source>
        <translation>message no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>champs</source>
        <translation>fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origine</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>élèves</source>
        <translation>pupils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>représentants légaux</source>
        <translation>legal guardians</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fichier</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>essais</source>
        <translation>attempts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bloqué jusqu&apos;à</source>
        <translation>blocked until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adresse e-mail</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destinataire</source>
        <translation>recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>représentant</source>
        <translation>guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niveau de responsabilité</source>
        <translation>level of responsibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mis à jour</source>
        <translation>updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partis</source>
        <translation>left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liens ajoutés</source>
        <translation>links added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liens modifiés</source>
        <translation>links changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liens retirés</source>
        <translation>links removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lignes refusées</source>
        <translation>rejected rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mots de passe provisoires</source>
        <translation>temporary passwords</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>réglage</source>
        <translation>setting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflit n°</source>
        <translation>conflict no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valeur gardée</source>
        <translation>value kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identifiant créé sur ce poste</source>
        <translation>identifier made on this workstation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>déjà utilisé</source>
        <translation>already used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identifiant ou mot de passe incorrect</source>
        <translation>incorrect identifier or password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compte désactivé</source>
        <translation>account disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fusionné avec un autre compte</source>
        <translation>merged with another account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mot de passe provisoire expiré</source>
        <translation>temporary password expired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seul lien de l&apos;élève</source>
        <translation>the pupil&apos;s only link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aucun compte correspondant</source>
        <translation>no matching account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mot de passe actuel incorrect</source>
        <translation>incorrect current password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lettre</source>
        <translation>letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>réinitialisation</source>
        <translation>reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ancien compte ATEN</source>
        <translation>old ATEN account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>création par SMS</source>
        <translation>created by SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIECLE</source>
        <translation>SIECLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ONDE</source>
        <translation>ONDE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} : {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> ; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/secretariat/audit_view.py" line="+67"/>
        <location line="+27"/>
        <source>Compte concerné</source>
        <translation>Account concerned</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Identifiant exact, par exemple l.martin1</source>
        <translation>Exact identifier, for example l.martin1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Identifiant exact de la personne qui a agi</source>
        <translation>Exact identifier of the person who acted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type d&apos;action</source>
        <translation>Action type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une famille d&apos;actions, ou le début d&apos;un code, par exemple account.</source>
        <translation>A family of actions, or the start of a code, for example account.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toutes les actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Éc&amp;hecs seulement</source>
        <translation>Fail&amp;ures only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échecs seulement</source>
        <translation>Failures only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filt&amp;rer</source>
        <translation>Filte&amp;r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliquer les filtres</source>
        <translation>Apply the filters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actua&amp;liser</source>
        <translation>Refres&amp;h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actualiser le journal</source>
        <translation>Refresh the log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plus a&amp;nciens…</source>
        <translation>Ol&amp;der…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher les événements plus anciens</source>
        <translation>Show older events</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Événements du journal d&apos;audit</source>
        <translation>Audit log events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Détails</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>État du journal</source>
        <translation>Log status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compte c&amp;oncerné :</source>
        <translation>Account c&amp;oncerned:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Auteur :</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type d&apos;action :</source>
        <translation>Action &amp;type:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Événements (du plu&amp;s récent au plus ancien) :</source>
        <translation>Events (from the mo&amp;st recent to the oldest):</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{0} événement(s) affiché(s).</source>
        <translation>{0} event(s) shown.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun événement.</source>
        <translation>No events.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>succès</source>
        <translation>success</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>échec</source>
        <translation>failure</translation>
    </message>
</context>
<context>
    <name>BirthDatesEditor</name>
    <message>
        <location filename="../../ui/registration/birth_dates.py" line="+45"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enfant {0}{1} :</source>
        <translation>Child {0}{1}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de naissance de l&apos;enfant {0}</source>
        <translation>Date of birth of child {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au format jj/mm/aaaa</source>
        <translation>In the format dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer l&apos;enfant {0}</source>
        <translation>Remove child {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Format des dates</source>
        <translation>Date format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ajouter un &amp;enfant</source>
        <translation>A&amp;dd a child</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter un enfant</source>
        <translation>Add a child</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Enfant {0} : {1}</source>
        <translation>Child {0}: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Une date par enfant, au format jj/mm/aaaa (par exemple 14/03/2012).</source>
        <translation>One date per child, in the format dd/mm/yyyy (for example 14/03/2012).</translation>
    </message>
</context>
<context>
    <name>ChannelChoice</name>
    <message>
        <location filename="../../ui/recovery/channel_choice.py" line="+20"/>
        <source>Par &amp;e-mail</source>
        <translation>By &amp;e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par e-mail</source>
        <translation>By e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par S&amp;MS (parents)</source>
        <translation>By S&amp;MS (parents)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par SMS (parents)</source>
        <translation>By SMS (parents)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au numéro de portable confirmé d&apos;un compte de parent</source>
        <translation>To the confirmed mobile number of a parent account</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&apos;envoi par SMS est indisponible sur ce poste pour le moment.</source>
        <translation>Sending by SMS is unavailable on this computer for the moment.</translation>
    </message>
</context>
<context>
    <name>ChannelPage</name>
    <message>
        <location filename="../../ui/recovery/channel_page.py" line="+21"/>
        <source>Identifiant perdu</source>
        <translation>Lost identifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votre identifiant peut vous être envoyé à l&apos;adresse e-mail que vous avez confirmée dans votre compte ou, si vous êtes parent, au numéro de portable confirmé. Comment souhaitez-vous le recevoir ?</source>
        <translation>Your identifier can be sent to the e-mail address you confirmed in your account or, if you are a parent, to your confirmed mobile number. How would you like to receive it?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recevoir mon identifiant</source>
        <translation>Receive my identifier</translation>
    </message>
</context>
<context>
    <name>CharterPage</name>
    <message>
        <location filename="../../ui/login/charter_page.py" line="+34"/>
        <source>Charte informatique</source>
        <translation>IT charter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Lisez la charte d&apos;utilisation des services numériques de l&apos;établissement, puis acceptez-la pour continuer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Read the establishment&apos;s charter for the use of digital services, then accept it to continue.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charte informatique de l&apos;établissement</source>
        <translation>The establishment&apos;s IT charter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>J&apos;ai &amp;lu et j&apos;accepte la charte informatique de l&apos;établissement</source>
        <translation>I have &amp;read and I accept the establishment&apos;s IT charter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai lu et j&apos;accepte la charte informatique de l&apos;établissement</source>
        <translation>I have read and I accept the establishment&apos;s IT charter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Charte :</source>
        <translation>&amp;Charter:</translation>
    </message>
</context>
<context>
    <name>ChildCardBox</name>
    <message>
        <location filename="../../ui/my_account/child_card.py" line="+33"/>
        <source>Date de naissance : {0}</source>
        <translation>Date of birth: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Établissement : {0}</source>
        <translation>Establishment: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classe : {0}</source>
        <translation>Class: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Je ne suis pas le représentant légal de cet élève</source>
        <translation>I am not the legal guardian of this pupil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Je ne suis pas le représentant légal de {0}</source>
        <translation>I am not the legal guardian of {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirmation demandée</source>
        <translation>Confirmation required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}
Vous confirmez ne pas être le représentant légal de {1} ? Si un autre représentant légal lui est rattaché, cet élève ne sera plus rattaché à votre compte ; sinon, adressez-vous à l&apos;établissement.</source>
        <translation>{0}
Do you confirm that you are not the legal guardian of {1}? If another legal guardian is linked to this pupil, the pupil will no longer be linked to your account; otherwise, contact the establishment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmer</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmer : je ne suis pas le représentant légal de {0}</source>
        <translation>Confirm: I am not the legal guardian of {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler le signalement</source>
        <translation>Cancel the report</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>S&apos;il y a un seul lien responsable-élève, l&apos;action ne sera pas prise en compte.</source>
        <translation>If there is only one guardian–pupil link, the action will not be taken into account.</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <location filename="../../ui/login/children_page.py" line="+31"/>
        <source>Confirmez vos enfants</source>
        <translation>Confirm your children</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;p&gt;Pour confirmer que vous êtes bien le responsable de l&apos;élève rattaché à votre compte, saisissez sa date de naissance (jj/mm/aaaa).&lt;/p&gt;</source>
        <translation>&lt;p&gt;To confirm that you are indeed responsible for the pupil linked to your account, enter their date of birth (dd/mm/yyyy).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Pour confirmer que vous êtes bien le responsable des {0} élèves rattachés à votre compte, saisissez leurs dates de naissance, dans l&apos;ordre que vous voulez (jj/mm/aaaa).&lt;/p&gt;</source>
        <translation>&lt;p&gt;To confirm that you are indeed responsible for the {0} pupils linked to your account, enter their dates of birth, in any order (dd/mm/yyyy).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>l&apos;enfant {0}</source>
        <translation>child {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date de naissance de {0}</source>
        <translation>Date of birth of {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format jj/mm/aaaa</source>
        <translation>Format dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enfant {0}</source>
        <translation>Child {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}{1} — date de naissance :</source>
        <translation>{0}{1} — date of birth:</translation>
    </message>
</context>
<context>
    <name>ChildrenTab</name>
    <message>
        <location filename="../../ui/my_account/children_tab.py" line="+33"/>
        <source>&lt;b&gt;Vos enfants&lt;/b&gt;</source>
        <translation>&lt;b&gt;Your children&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun élève n&apos;est rattaché à votre compte.</source>
        <translation>No pupil is linked to your account.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{0} n&apos;est plus rattaché(e) à votre compte.</source>
        <translation>{0} is no longer linked to your account.</translation>
    </message>
</context>
<context>
    <name>ChoosePasswordPage</name>
    <message>
        <location filename="../../ui/registration/password_page.py" line="+33"/>
        <source>Choisir mon mot de passe</source>
        <translation>Choose my password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez un mot de passe personnel : au moins 8 caractères, dont 3 types parmi minuscules, majuscules, chiffres et caractères spéciaux. Ne le communiquez à personne.</source>
        <translation>Choose a personal password: at least 8 characters, with 3 kinds among lower-case letters, capital letters, digits and special characters. Do not share it with anyone.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Valider mon mot de passe</source>
        <translation>&amp;Confirm my password</translation>
    </message>
</context>
<context>
    <name>ClassLettersDialog</name>
    <message>
        <location filename="../../ui/secretariat/class_letters_dialog.py" line="+46"/>
        <source>Imprimer des lettres de notification</source>
        <translation>Print notification letters</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attention : chaque lettre donne un NOUVEAU mot de passe provisoire. Le mot de passe précédent (lettre déjà distribuée ou mot de passe choisi par la personne) cesse aussitôt de fonctionner.</source>
        <translation>Warning: each letter gives a NEW temporary password. The previous password (a letter already handed out or a password chosen by the person) stops working at once.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avertissement</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les élèves de la classe, par ordre alphabétique</source>
        <translation>The pupils of the class, in alphabetical order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— aucune classe —</source>
        <translation>— no class —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiants</source>
        <translation>Identifiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Élèves ou représentants légaux, séparés par des espaces ou des retours à la ligne</source>
        <translation>Pupils or legal guardians, separated by spaces or line breaks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ex. l.martin1 s.martin1</source>
        <translation>e.g. l.martin1 s.martin1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lettres prévues</source>
        <translation>Planned letters</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fichier écrit</source>
        <translation>File written</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Générer le PDF…</source>
        <translation>&amp;Generate the PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Générer le PDF des lettres</source>
        <translation>Generate the PDF of the letters</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fer&amp;mer</source>
        <translation>Clo&amp;se</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Classe :</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identifiants :</source>
        <translation>&amp;Identifiers:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source> ({0})</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} élève(s) de la classe {1}{2}</source>
        <translation>{0} pupil(s) of class {1}{2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} compte(s) désigné(s) par leur identifiant</source>
        <translation>{0} account(s) given by their identifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lettres prévues : {0} lettre(s) — {1}.</source>
        <translation>Planned letters: {0} letter(s) — {1}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> et </source>
        <translation> and </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Préparation des mots de passe provisoires…</source>
        <translation>Preparing the temporary passwords…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lettres enregistrées dans {0}.</source>
        <translation>Letters saved in {0}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Impression annulée : aucun mot de passe n&apos;a été changé.</source>
        <translation>Printing cancelled: no password was changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écriture des {0} lettre(s)…</source>
        <translation>Writing the {0} letter(s)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} Les mots de passe provisoires ont déjà été renouvelés : générez le PDF à nouveau pour avoir des lettres valables.</source>
        <translation>{0} The temporary passwords have already been renewed: generate the PDF again to get valid letters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impression annulée : aucun fichier n&apos;a été écrit.</source>
        <translation>Printing cancelled: no file was written.</translation>
    </message>
</context>
<context>
    <name>CodeEdit</name>
    <message>
        <location filename="../../ui/code_field.py" line="+20"/>
        <source>Vous avez collé un lien, pas un code : saisissez le code à 6 chiffres indiqué dans le même message.</source>
        <translation>You pasted a link, not a code: enter the 6-digit code given in the same message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le texte collé n&apos;est pas un code : le code compte 6 chiffres.</source>
        <translation>The pasted text is not a code: the code has 6 digits.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Code à 6 chiffres</source>
        <translation>6-digit code</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../ui/registration/code_page.py" line="+32"/>
        <source>Saisissez le code reçu par SMS</source>
        <translation>Enter the code received by SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoi du code</source>
        <translation>Sending the code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code reçu par SMS</source>
        <translation>Code received by SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les 6 chiffres du code reçu par SMS</source>
        <translation>The 6 digits of the code received by SMS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Renvoyer le code</source>
        <translation>&amp;Resend the code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renvoyer le code</source>
        <translation>Resend the code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Code reçu par SMS :</source>
        <translation>&amp;Code received by SMS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de naissance de chacun de vos enfants</source>
        <translation>Date of birth of each of your children</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Vérifier</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Si ce numéro est celui que vous avez donné à l&apos;établissement, un nouveau code a été envoyé au {0}, valable {1}.</source>
        <translation>If this number is the one you gave the establishment, a new code has been sent to {0}, valid for {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si ce numéro est celui que vous avez donné à l&apos;établissement, un code a été envoyé au {0}, valable {1}.</source>
        <translation>If this number is the one you gave the establishment, a code has been sent to {0}, valid for {1}.</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../ui/secretariat/conflicts_tab.py" line="+35"/>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donnée</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Valeur du poste</source>
        <translation>Workstation value</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+42"/>
        <source>Valeur du serveur</source>
        <translation>Server value</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Envoyée par</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Le</source>
        <translation>On</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+2"/>
        <source>Conflits à traiter</source>
        <translation>Conflicts to settle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le serveur</source>
        <translation>The server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qui et quand</source>
        <translation>Who and when</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pourquoi le serveur n&apos;a pas choisi</source>
        <translation>Why the server did not choose</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Garder la valeur du &amp;serveur</source>
        <translation>Keep the &amp;server&apos;s value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garder la valeur du serveur</source>
        <translation>Keep the server&apos;s value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garder la valeur du pos&amp;te</source>
        <translation>Keep the work&amp;station&apos;s value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garder la valeur du poste</source>
        <translation>Keep the workstation&apos;s value</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le conflit choisi</source>
        <translation>The chosen conflict</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ce poste</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le poste « {0} »</source>
        <translation>Workstation “{0}”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choisissez un conflit (flèches), puis la valeur à garder.</source>
        <translation>Choose a conflict (arrow keys), then the value to keep.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun conflit à traiter : les postes de l&apos;établissement sont d&apos;accord.</source>
        <translation>No conflict to settle: the school&apos;s workstations agree.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 conflit à traiter.</source>
        <translation>1 conflict to settle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} conflits à traiter.</source>
        <translation>{0} conflicts to settle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opération refusée</source>
        <translation>Operation refused</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Le poste</source>
        <translation>The workstation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>une opération</source>
        <translation>an operation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ce poste</source>
        <translation>this workstation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>le poste « {0} »</source>
        <translation>workstation “{0}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} de {1} : envoyé par {2} le {3}.</source>
        <translation>{0} of {1}: sent by {2} on {3}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Règle : {0}</source>
        <translation>Rule: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garder la valeur de ce pos&amp;te</source>
        <translation>Keep this work&amp;station&apos;s value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garder la valeur du pos&amp;te « {0} »</source>
        <translation>Keep the value of work&amp;station “{0}”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>la valeur du serveur</source>
        <translation>the server&apos;s value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>la valeur du poste</source>
        <translation>the workstation&apos;s value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflit tranché ({0} : {1}) : {2} est gardée.</source>
        <translation>Conflict settled ({0}: {1}): {2} is kept.</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../ui/credentials_view.py" line="+23"/>
        <source>Identifiants et mots de passe provisoires</source>
        <translation>Identifiers and temporary passwords</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../../ui/legacy/credentials_page.py" line="+28"/>
        <source>Mon ancien compte</source>
        <translation>My old account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saisissez l&apos;identifiant et le mot de passe de votre ancien compte ATEN (parents) ou ATEN-élève. Vous recevrez votre identifiant EduConnect et choisirez un nouveau mot de passe. L&apos;ancien compte ne pourra plus servir ensuite.</source>
        <translation>Enter the identifier and password of your old ATEN (parents) or ATEN-élève account. You will receive your EduConnect identifier and choose a new password. The old account cannot be used afterwards.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ancien identifiant</source>
        <translation>Old identifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ancien mot de passe</source>
        <translation>Old password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ancien &amp;identifiant :</source>
        <translation>Old &amp;identifier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ancien &amp;mot de passe :</source>
        <translation>Old &amp;password:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/secretariat/dialogs.py" line="+38"/>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enregistrer les données</source>
        <translation>Save the data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Données (*.json)</source>
        <translation>Data (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer la lettre</source>
        <translation>Save the letter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/registration/done_page.py" line="+23"/>
        <location line="+1"/>
        <source>Votre compte est activé</source>
        <translation>Your account is activated</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Votre compte EduConnect est activé.&lt;/p&gt;&lt;p&gt;Votre identifiant : &lt;b&gt;{0}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Connectez-vous désormais avec cet identifiant et le mot de passe que vous venez de choisir.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Your EduConnect account is activated.&lt;/p&gt;&lt;p&gt;Your identifier: &lt;b&gt;{0}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;From now on, sign in with this identifier and the password you have just chosen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Votre identifiant : {0}</source>
        <translation>Your identifier: {0}</translation>
    </message>
</context>
<context>
    <name>EmailChangePanel</name>
    <message>
        <location filename="../../ui/my_account/email_change.py" line="+32"/>
        <source>Modifier mon adresse e-mai&amp;l</source>
        <translation>Change my e-mai&amp;l address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier mon adresse e-mail</source>
        <translation>Change my e-mail address</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nouvelle adresse e-mail</source>
        <translation>New e-mail address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation de la nouvelle adresse e-mail</source>
        <translation>Confirmation of the new e-mail address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prenom.nom@exemple.fr</source>
        <translation>firstname.surname@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuer vers la vérification</source>
        <translation>Continue to the check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler la modification de l&apos;adresse</source>
        <translation>Cancel the address change</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nouvelle adresse :</source>
        <translation>&amp;New address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;firmation de l&apos;adresse :</source>
        <translation>Con&amp;firm the address:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Vérifiez avant l&apos;envoi&lt;/b&gt;</source>
        <translation>&lt;b&gt;Check before sending&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ancienne adresse</source>
        <translation>Old address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle adresse</source>
        <translation>New address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce qui sera envoyé</source>
        <translation>What will be sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envo&amp;yer</source>
        <translation>Sen&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyer l&apos;e-mail de validation</source>
        <translation>Send the validation e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hanger l&apos;adresse</source>
        <translation>C&amp;hange the address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changer l&apos;adresse</source>
        <translation>Change the address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identifiant :</source>
        <translation>Identifier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ancienne adresse :</source>
        <translation>Old address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle adresse :</source>
        <translation>New address:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un e-mail de validation sera envoyé à la nouvelle adresse, et un e-mail d&apos;information à l&apos;ancienne. L&apos;ancienne adresse reste utilisée tant que la nouvelle n&apos;est pas confirmée.</source>
        <translation>A validation e-mail will be sent to the new address, and an information e-mail to the old one. The old address stays in use until the new one is confirmed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un e-mail de validation sera envoyé à cette adresse.</source>
        <translation>A validation e-mail will be sent to this address.</translation>
    </message>
</context>
<context>
    <name>EmailConfirmationPage</name>
    <message>
        <location filename="../../ui/login/email_confirmation_page.py" line="+31"/>
        <source>Validez votre adresse e-mail</source>
        <translation>Confirm your e-mail address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code reçu par e-mail</source>
        <translation>Code received by e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code à 6 chiffres</source>
        <translation>6-digit code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Renvoyer un e-mail de validation</source>
        <translation>&amp;Resend a validation e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renvoyer un e-mail de validation</source>
        <translation>Resend a validation e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plus &amp;tard</source>
        <translation>La&amp;ter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plus tard : valider l&apos;adresse à la prochaine connexion</source>
        <translation>Later: confirm the address at the next sign-in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Code reçu :</source>
        <translation>&amp;Code received:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;p&gt;Un e-mail a été envoyé à &lt;b&gt;{0}&lt;/b&gt; : saisissez le code reçu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;An e-mail has been sent to &lt;b&gt;{0}&lt;/b&gt;: enter the code you received.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Un e-mail a été envoyé à l&apos;adresse que vous avez indiquée : saisissez le code reçu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;An e-mail has been sent to the address you gave: enter the code you received.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Vous ne le trouvez pas ? Regardez dans les courriers indésirables, ou demandez un nouvel e-mail.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Can&apos;t find it? Look in your junk mail, or ask for a new e-mail.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Un nouvel e-mail de validation a été envoyé. Seul le code de ce dernier e-mail est valable.</source>
        <translation>A new validation e-mail has been sent. Only the code in this latest e-mail is valid.</translation>
    </message>
</context>
<context>
    <name>EmailPage</name>
    <message>
        <location filename="../../ui/login/email_page.py" line="+20"/>
        <source>Votre adresse e-mail</source>
        <translation>Your e-mail address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Indiquez une adresse e-mail personnelle. Une fois validée, votre adresse vous permettra de récupérer votre identifiant ou votre mot de passe en cas d&apos;oubli.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Enter a personal e-mail address. Once confirmed, your address will let you recover your identifier or your password if you forget them.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse e-mail</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation de l&apos;adresse e-mail</source>
        <translation>Confirmation of the e-mail address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prenom.nom@exemple.fr</source>
        <translation>firstname.surname@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plus &amp;tard</source>
        <translation>La&amp;ter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plus tard : indiquer une adresse à la prochaine connexion</source>
        <translation>Later: give an address at the next sign-in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Adresse e-mail :</source>
        <translation>&amp;E-mail address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onfirmation de l&apos;adresse :</source>
        <translation>C&amp;onfirm the address:</translation>
    </message>
</context>
<context>
    <name>EmailSection</name>
    <message>
        <location filename="../../ui/my_account/email_section.py" line="+29"/>
        <location line="+2"/>
        <source>Adresse e-mail</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse en attente de confirmation</source>
        <translation>Address awaiting confirmation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renvoyer un e-mail de &amp;validation</source>
        <translation>Resend a &amp;validation e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renvoyer un e-mail de validation</source>
        <translation>Resend a validation e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code reçu par e-mail</source>
        <translation>Code received by e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valider le code</source>
        <translation>Confirm the code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valider le code reçu par e-mail</source>
        <translation>Confirm the code received by e-mail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Code reçu par e-mail :</source>
        <translation>&amp;Code received by e-mail:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Aucune adresse e-mail</source>
        <translation>No e-mail address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une adresse e-mail est en attente de confirmation : {0}</source>
        <translation>An e-mail address is awaiting confirmation: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adresse e-mail confirmée : {0}</source>
        <translation>Confirmed e-mail address: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une adresse e-mail est en attente de confirmation : {0}
L&apos;adresse actuelle reste utilisée tant que la nouvelle n&apos;est pas confirmée.</source>
        <translation>An e-mail address is awaiting confirmation: {0}
The current address stays in use until the new one is confirmed.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Un e-mail de validation a été envoyé à {0} : saisissez le code reçu.</source>
        <translation>A validation e-mail has been sent to {0}: enter the code you received.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Un nouvel e-mail de validation a été envoyé. Seul le code de ce dernier e-mail est valable.</source>
        <translation>A new validation e-mail has been sent. Only the code in this latest e-mail is valid.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Votre adresse e-mail est confirmée.</source>
        <translation>Your e-mail address is confirmed.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/secretariat/enroll_dialog.py" line="+35"/>
        <source>Le serveur central ({0}) ne répond pas. Vérifiez l&apos;adresse (par exemple https://central.ac-academie.fr:8470) et la connexion réseau du poste, puis réessayez.</source>
        <translation>The central server ({0}) is not answering. Check the address (for example https://central.ac-academie.fr:8470) and this workstation&apos;s network connection, then try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le certificat du serveur central n&apos;est pas reconnu. Si le serveur utilise une autorité de certification privée, choisissez son certificat (fichier .pem) dans « Certificat de l&apos;autorité » ; sinon, vérifiez l&apos;adresse.</source>
        <translation>The central server&apos;s certificate is not recognised. If the server uses a private certificate authority, choose its certificate (.pem file) in “Authority certificate”; otherwise, check the address.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} Choisissez le fichier .pem remis par l&apos;administrateur du serveur.</source>
        <translation>{0} Choose the .pem file given by the server&apos;s administrator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code d&apos;inscription refusé : il est inconnu, expiré (valable 24 h) ou déjà utilisé. Vérifiez-le ou demandez un nouveau code à l&apos;administrateur du serveur.</source>
        <translation>Enrollment code refused: it is unknown, expired (valid for 24 hours) or already used. Check it or ask the server&apos;s administrator for a new code.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificat de l&apos;autorité du serveur</source>
        <translation>Certificate of the server&apos;s authority</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Choisir le certificat de l&apos;autorité</source>
        <translation>Choose the authority&apos;s certificate</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Certificats (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inscrire ce poste au serveur central</source>
        <translation>Enroll this workstation with the central server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adresse du serveur central</source>
        <translation>Central server&apos;s address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://central.ac-academie.fr:8470</source>
        <translation>https://central.ac-academie.fr:8470</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code d&apos;inscription</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificat de l&apos;autorité (facultatif)</source>
        <translation>Authority&apos;s certificate (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facultatif : fichier .pem d&apos;une autorité privée</source>
        <translation>optional: .pem file of a private authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <source>&amp;Inscrire le poste</source>
        <translation>&amp;Enroll the workstation</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Inscrire le poste</source>
        <translation>Enroll the workstation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>L&apos;administrateur du serveur central de l&apos;académie vous donne son adresse et un code d&apos;inscription (valable 24 heures, une seule fois). Une fois inscrit, ce poste envoie ses modifications et reçoit celles des autres postes de l&apos;établissement ; il continue de fonctionner hors ligne.</source>
        <translation>The administrator of the académie&apos;s central server gives you its address and an enrollment code (valid 24 hours, once). Once enrolled, this workstation sends its changes and receives those of the school&apos;s other workstations; it keeps working offline.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Adresse du serveur :</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code d&apos;inscription :</source>
        <translation>Enrollment &amp;code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cer&amp;tificat de l&apos;autorité :</source>
        <translation>Authority cer&amp;tificate:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Inscription en cours…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Indiquez l&apos;adresse du serveur et le code d&apos;inscription.</source>
        <translation>Give the server&apos;s address and the enrollment code.</translation>
    </message>
</context>
<context>
    <name>FamilyMessages</name>
    <message>
        <location filename="../../core/contact.py" line="+82"/>
        <source>Veuillez saisir un numéro de téléphone.</source>
        <translation>Please enter a phone number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le numéro de téléphone « {number} » n&apos;est pas valide.</source>
        <translation>The phone number “{number}” is not valid.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ce numéro n&apos;est pas un numéro de portable : les SMS ne peuvent être envoyés qu&apos;à un portable.</source>
        <translation>This is not a mobile number: SMS can only be sent to a mobile phone.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Veuillez saisir une adresse e-mail.</source>
        <translation>Please enter an e-mail address.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L&apos;adresse e-mail « {address} » n&apos;est pas valide (exemple attendu : prenom.nom@exemple.fr).</source>
        <translation>The e-mail address “{address}” is not valid (expected, for example: prenom.nom@exemple.fr).</translation>
    </message>
    <message>
        <location filename="../../core/otp.py" line="+88"/>
        <source>Ce code a déjà été utilisé.</source>
        <translation>This code has already been used.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trop d&apos;essais : ce code n&apos;est plus valable. Demandez-en un nouveau.</source>
        <translation>Too many attempts: this code is no longer valid. Ask for a new one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ce code a expiré. Demandez-en un nouveau.</source>
        <translation>This code has expired. Ask for a new one.</translation>
    </message>
    <message>
        <location filename="../../core/passwords.py" line="+68"/>
        <source>Une lettre minuscule</source>
        <translation>A lowercase letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une lettre majuscule</source>
        <translation>An uppercase letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un chiffre</source>
        <translation>A digit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un caractère spécial</source>
        <translation>A special character</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le mot de passe doit contenir au moins {count} caractères.</source>
        <translation>The password must be at least {count} characters long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utilisez au moins {count} des 4 types de caractères : minuscules, majuscules, chiffres, caractères spéciaux.</source>
        <translation>Use at least {count} of the 4 kinds of characters: lowercase letters, uppercase letters, digits, special characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le mot de passe ne doit pas contenir votre nom, votre prénom ou votre identifiant.</source>
        <translation>The password must not contain your surname, your first name or your identifier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le mot de passe ne doit pas dépasser {count} caractères.</source>
        <translation>The password must not be longer than {count} characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Au moins {count} caractères</source>
        <translation>At least {count} characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au moins {count} des 4 types de caractères</source>
        <translation>At least {count} of the 4 kinds of characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ni votre nom, ni votre prénom, ni votre identifiant</source>
        <translation>Not your surname, first name or identifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au plus {count} caractères</source>
        <translation>At most {count} characters</translation>
    </message>
    <message>
        <location filename="../../core/throttle.py" line="+102"/>
        <source>Trop de tentatives. Réessayez dans {minutes} minute.</source>
        <translation>Too many attempts. Try again in {minutes} minute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trop de tentatives. Réessayez dans {minutes} minutes.</source>
        <translation>Too many attempts. Try again in {minutes} minutes.</translation>
    </message>
    <message>
        <location filename="../../services/authentication.py" line="+16"/>
        <source>Identifiant ou mot de passe incorrect.</source>
        <translation>Incorrect identifier or password.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Ce compte est désactivé. Adressez-vous à l&apos;établissement.</source>
        <translation>This account has been disabled. Please contact the school.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Votre mot de passe provisoire a expiré (il était valable trois mois). Adressez-vous à l&apos;établissement pour recevoir une nouvelle lettre.</source>
        <translation>Your temporary password has expired (it was valid for three months). Please contact the school to receive a new letter.</translation>
    </message>
    <message>
        <location filename="../../services/children.py" line="+23"/>
        <source>Ces comptes ne peuvent pas être réunis : vérifiez l&apos;identifiant et le mot de passe de l&apos;autre compte. Les deux comptes doivent porter les mêmes nom et prénom, et un mot de passe provisoire expiré ne permet pas de les réunir ; en cas de doute, adressez-vous à l&apos;établissement.</source>
        <translation>These accounts cannot be merged: check the identifier and password of the other account. Both accounts must bear the same surname and first name, and an expired temporary password cannot be used to merge them; if in doubt, please contact the school.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&apos;il y a un seul lien responsable-élève, l&apos;action ne sera pas prise en compte.</source>
        <translation>If there is only one guardian–pupil link, the action will not be taken into account.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>C&apos;est le compte sur lequel vous êtes connecté.</source>
        <translation>This is the account you are signed in to.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cet élève n&apos;est pas rattaché à votre compte.</source>
        <translation>This pupil is not linked to your account.</translation>
    </message>
    <message>
        <location filename="../../services/credentials.py" line="+41"/>
        <source>Le nouveau mot de passe doit être différent de l&apos;actuel (ou du mot de passe provisoire).</source>
        <translation>The new password must be different from the current one (or from the temporary password).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Aucun code n&apos;est en attente. Demandez-en un nouveau.</source>
        <translation>No code is pending. Ask for a new one.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Code incorrect. Il vous reste {left} essai.</source>
        <translation>Incorrect code. You have {left} attempt left.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code incorrect. Il vous reste {left} essais.</source>
        <translation>Incorrect code. You have {left} attempts left.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ce lien ou cette étape n&apos;est plus valable. Recommencez la démarche.</source>
        <translation>This link or this step is no longer valid. Please start again.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{hours} heure</source>
        <translation>{hours} hour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} heures</source>
        <translation>{hours} hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>La date « {text} » n&apos;existe pas : vérifiez le jour et le mois.</source>
        <translation>The date “{text}” does not exist: check the day and the month.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date de naissance illisible « {text} » : utilisez le format jj/mm/aaaa.</source>
        <translation>Unreadable date of birth “{text}”: use the format dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../../services/first_login.py" line="+99"/>
        <source>Les dates de naissance ne correspondent pas aux élèves rattachés à votre compte. Vérifiez-les ou adressez-vous à l&apos;établissement.</source>
        <translation>The dates of birth do not match the pupils linked to your account. Check them or contact the school.</translation>
    </message>
    <message>
        <location filename="../../services/inputs.py" line="+15"/>
        <source>{what} trop long : {limit} caractères au plus.</source>
        <translation>{what} too long: {limit} characters at most.</translation>
    </message>
    <message>
        <location filename="../../services/legacy.py" line="+31"/>
        <source>Identifiant ou mot de passe de l&apos;ancien compte incorrect.</source>
        <translation>Incorrect identifier or password for the old account.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Cet ancien compte a déjà servi à activer un compte EduConnect : connectez-vous avec votre identifiant EduConnect.</source>
        <translation>This old account has already been used to activate an EduConnect account: sign in with your EduConnect identifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nous ne retrouvons pas votre compte EduConnect : adressez-vous à l&apos;établissement.</source>
        <translation>We cannot find your EduConnect account: please contact the school.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cet ancien compte a déjà servi à activer un compte EduConnect.</source>
        <translation>This old account has already been used to activate an EduConnect account.</translation>
    </message>
    <message>
        <location filename="../../services/my_account.py" line="+64"/>
        <location line="+10"/>
        <source>Le mot de passe actuel est incorrect.</source>
        <translation>The current password is incorrect.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Les deux adresses e-mail ne correspondent pas.</source>
        <translation>The two e-mail addresses do not match.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&apos;est déjà l&apos;adresse confirmée de votre compte.</source>
        <translation>This is already the confirmed address of your account.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Aucune adresse e-mail n&apos;est en attente de confirmation.</source>
        <translation>No e-mail address is awaiting confirmation.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Seuls les représentants légaux peuvent enregistrer un numéro de portable.</source>
        <translation>Only legal guardians can register a mobile number.</translation>
    </message>
    <message>
        <location filename="../../services/recovery.py" line="+39"/>
        <source>Si un compte correspond à ces informations, nous venons de vous envoyer votre identifiant. Pensez à vérifier vos courriers indésirables.</source>
        <translation>If an account matches these details, we have just sent you your identifier. Remember to check your spam folder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si cet identifiant existe et qu&apos;une adresse e-mail (ou, pour un parent, un numéro de portable) confirmée y est associée, nous venons d&apos;y envoyer un code pour choisir un nouveau mot de passe.</source>
        <translation>If this identifier exists and has a confirmed e-mail address (or, for a parent, a confirmed mobile number), we have just sent a code there to choose a new password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code incorrect ou expiré. Vérifiez le dernier code reçu ou demandez-en un nouveau (5 essais au plus par code).</source>
        <translation>Incorrect or expired code. Check the latest code you received or ask for a new one (at most 5 attempts per code).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sans adresse e-mail confirmée (ou, pour un parent, sans numéro de portable confirmé), adressez-vous à l&apos;établissement : le secrétariat vous remettra une nouvelle lettre.</source>
        <translation>Without a confirmed e-mail address (or, for a parent, a confirmed mobile number), please contact the school: the secretariat will give you a new letter.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choisissez l&apos;e-mail ou le SMS.</source>
        <translation>Choose e-mail or SMS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indiquez votre identifiant.</source>
        <translation>Enter your identifier.</translation>
    </message>
    <message>
        <location filename="../../services/self_registration.py" line="+32"/>
        <source>Nous ne parvenons pas à vous identifier : contactez l&apos;établissement de votre enfant.</source>
        <translation>We cannot identify you: please contact your child&apos;s school.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../services/setup.py" line="+30"/>
        <location filename="../../services/staff.py" line="+98"/>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../services/setup.py" line="+0"/>
        <location filename="../../services/staff.py" line="+0"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indiquez votre nom et votre prénom.</source>
        <translation>Enter your surname and first name.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>La création de compte par SMS est indisponible sur ce poste pour le moment. Utilisez l&apos;identifiant et le mot de passe provisoire de la lettre remise par l&apos;établissement, ou adressez-vous au secrétariat.</source>
        <translation>Creating an account by SMS is not available on this computer at the moment. Use the identifier and temporary password from the letter the school gave you, or ask the secretariat.</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="+81"/>
        <source>Votre session n&apos;est plus valable. Reconnectez-vous.</source>
        <translation>Your session is no longer valid. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../ui/space_hint.py" line="+15"/>
        <source>Attention : votre saisie du mot de passe commence ou se termine par une espace.</source>
        <translation>Note: the password you typed begins or ends with a space.</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../../ui/secretariat/import_files.py" line="+62"/>
        <source>SIECLE : ajoutez ElevesSansAdresses.xml (ou ElevesAvecAdresses.xml) et ResponsablesAvecAdresses.xml, ou l&apos;archive zip qui les contient. ONDE : un seul fichier CSV. Vous pouvez aussi déposer les fichiers ici.</source>
        <translation>SIECLE: add ElevesSansAdresses.xml (or ElevesAvecAdresses.xml) and ResponsablesAvecAdresses.xml, or the zip archive that holds them. ONDE: a single CSV file. You can also drop the files here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type d&apos;export</source>
        <translation>Export type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIECLE (collège, lycée) : fichiers XML ou zip</source>
        <translation>SIECLE (collège, lycée): XML or zip files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ONDE (école) : fichier CSV</source>
        <translation>ONDE (école): CSV file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fichiers à importer</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ajouter des fichiers…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter des fichiers</source>
        <translation>Add files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retirer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer le fichier sélectionné</source>
        <translation>Remove the selected file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code UAI de l&apos;établissement</source>
        <translation>Establishment&apos;s UAI code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seulement si le fichier ne l&apos;indique pas (ONDE)</source>
        <translation>Only if the file does not give it (ONDE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ex. 0751234A (ONDE seulement)</source>
        <translation>e.g. 0751234A (ONDE only)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom de l&apos;établissement</source>
        <translation>Establishment name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisé seulement si l&apos;import crée l&apos;établissement</source>
        <translation>Used only if the import creates the establishment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>si l&apos;établissement est nouveau</source>
        <translation>if the establishment is new</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;ype d&apos;export :</source>
        <translation>Export t&amp;ype:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code &amp;UAI :</source>
        <translation>&amp;UAI code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nom de l&apos;établissement :</source>
        <translation>Establishment &amp;name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fichiers :</source>
        <translation>&amp;Files:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ajoutez les fichiers de l&apos;export.</source>
        <translation>Add the export&apos;s files.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un export ONDE est un seul fichier CSV : retirez les autres fichiers.</source>
        <translation>An ONDE export is a single CSV file: remove the other files.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="+46"/>
        <source>Premier démarrage — EduConnect Desktop</source>
        <translation>First start — EduConnect Desktop</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;h2&gt;Bienvenue&lt;/h2&gt;&lt;p&gt;Cette base de données est vide. Créez d&apos;abord le compte de l&apos;administrateur de ce poste : il gérera le personnel, les paramètres et les comptes.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;This database is empty. First create the account of this computer&apos;s administrator: they will manage the staff, the settings and the accounts.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prénom de l&apos;administrateur</source>
        <translation>Administrator&apos;s first name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom de l&apos;administrateur</source>
        <translation>Administrator&apos;s surname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe de l&apos;administrateur</source>
        <translation>Administrator&apos;s password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation du mot de passe</source>
        <translation>Password confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Règles du mot de passe</source>
        <translation>Password rules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charger aussi l&apos;établissement de &amp;démonstration (élèves et parents fictifs, pour essayer)</source>
        <translation>Also load the &amp;demonstration establishment (fictitious pupils and parents, to try things out)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charger l&apos;établissement de démonstration</source>
        <translation>Load the demonstration establishment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message d&apos;erreur</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Créer</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créer l&apos;administrateur</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Prénom :</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onfirmation :</source>
        <translation>C&amp;onfirmation:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Au moins 8 caractères, dont 3 types parmi : minuscules, majuscules, chiffres, caractères spéciaux.</source>
        <translation>At least 8 characters, with 3 kinds among: lower-case letters, capital letters, digits, special characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les deux mots de passe ne correspondent pas.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe conforme.</source>
        <translation>Password meets the rules.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Création en cours…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;Administrateur créé. Son identifiant est &lt;b&gt;{0}&lt;/b&gt; : notez-le.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Administrator created. Their identifier is &lt;b&gt;{0}&lt;/b&gt;: write it down.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Établissement de démonstration chargé. Comptes fictifs et mots de passe provisoires (affichés une seule fois) :&lt;/p&gt;</source>
        <translation>&lt;p&gt;Demonstration establishment loaded. Fictitious accounts and temporary passwords (shown only once):&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FlowWizard</name>
    <message>
        <location filename="../../ui/registration/flow_wizard.py" line="+46"/>
        <source>&amp;Valider</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/login/home_page.py" line="+41"/>
        <location line="+193"/>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Se &amp;déconnecter</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choisissez l&apos;établissement</source>
        <translation>Choose the establishment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Établissements</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez un établissement</source>
        <translation>Choose an establishment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choisissez l&apos;établissement :</source>
        <translation>&amp;Choose the establishment:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Vos enfants&lt;/b&gt;</source>
        <translation>&lt;b&gt;Your children&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Mon compte</source>
        <translation>&amp;My account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon compte : mot de passe, adresse e-mail, enfants</source>
        <translation>My account: password, e-mail address, children</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt; &amp;Retour à l&apos;accueil</source>
        <translation>&lt; &amp;Back to home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retour à l&apos;accueil</source>
        <translation>Back to home</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&lt;h2&gt;Bienvenue {0} {1}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome {0} {1}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votre identifiant : {0}</source>
        <translation>Your identifier: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Établissement : {0}</source>
        <translation>Establishment: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+58"/>
        <source>Classe : {0}</source>
        <translation>Class: {0}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Date de naissance : {0}</source>
        <translation>Date of birth: {0}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Mon compte</source>
        <translation>My account</translation>
    </message>
</context>
<context>
    <name>IdentifierPage</name>
    <message>
        <location filename="../../ui/registration/identifier_page.py" line="+24"/>
        <source>Notez votre identifiant</source>
        <translation>Write down your identifier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votre identifiant</source>
        <translation>Your identifier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>J&apos;ai &amp;noté mon identifiant</source>
        <translation>I have &amp;written down my identifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai noté mon identifiant</source>
        <translation>I have written down my identifier</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../ui/registration/identity_page.py" line="+25"/>
        <source>Créer mon compte</source>
        <translation>Create my account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indiquez votre nom et votre prénom tels que l&apos;établissement de votre enfant les connaît, et le numéro de téléphone portable que vous lui avez donné. Vous allez recevoir un code par SMS.</source>
        <translation>Enter your surname and first name as your child&apos;s establishment knows them, and the mobile phone number you gave it. You will receive a code by SMS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone portable</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rénom :</source>
        <translation>Fi&amp;rst name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone p&amp;ortable :</source>
        <translation>M&amp;obile phone:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recevoir mon &amp;code SMS</source>
        <translation>Receive my SMS &amp;code</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/secretariat/import_dialog.py" line="+48"/>
        <source>Importer les élèves et les responsables</source>
        <translation>Import pupils and guardians</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Analy&amp;ser</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyser les fichiers (rien n&apos;est enregistré)</source>
        <translation>Analyse the files (nothing is saved)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anciens comptes A&amp;TEN…</source>
        <translation>Old A&amp;TEN accounts…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importer l&apos;annuaire des anciens comptes ATEN</source>
        <translation>Import the directory of old ATEN accounts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Générer aussi un mot de passe provisoire pour les représentants légaux</source>
        <translation>&amp;Also generate a temporary password for the legal guardians</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mots de passe provisoires des représentants légaux</source>
        <translation>Temporary passwords of the legal guardians</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je &amp;confirme que ces élèves ont vraiment quitté l&apos;établissement</source>
        <translation>I &amp;confirm that these pupils have really left the establishment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmer la sortie de nombreux élèves</source>
        <translation>Confirm that many pupils have left</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Previous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenir aux fichiers</source>
        <translation>Back to the files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Résultat de l&apos;import</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lettres de notification</source>
        <translation>Notification letters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imprimer les &amp;lettres…</source>
        <translation>Print the &amp;letters…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprimer les lettres de notification (PDF)</source>
        <translation>Print the notification letters (PDF)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fer&amp;mer</source>
        <translation>Clo&amp;se</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Confirmez d&apos;abord la sortie des élèves, ci-dessus.</source>
        <translation>First confirm that the pupils have left, above.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Lecture des fichiers…</source>
        <translation>Reading the files…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Préparation des mots de passe provisoires, puis enregistrement…</source>
        <translation>Preparing the temporary passwords, then saving…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} mot(s) de passe provisoire(s) : ils ne sont affichés nulle part et ne sont conservés que jusqu&apos;à la fermeture de cette fenêtre. Imprimez les lettres maintenant.</source>
        <translation>{0} temporary password(s): they are shown nowhere and kept only until this window closes. Print the letters now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucun mot de passe provisoire : pas de lettre à imprimer.</source>
        <translation>No temporary password: no letter to print.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Écriture des lettres…</source>
        <translation>Writing the letters…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} lettre(s) enregistrée(s) dans {1}.</source>
        <translation>{0} letter(s) saved in {1}.</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <location filename="../../ui/secretariat/import_files.py" line="-104"/>
        <source>Choisir les fichiers de l&apos;export</source>
        <translation>Choose the export&apos;s files</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export ONDE (*.csv)</source>
        <translation>ONDE export (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exports SIECLE (*.xml *.zip)</source>
        <translation>SIECLE exports (*.xml *.zip)</translation>
    </message>
</context>
<context>
    <name>InformationTab</name>
    <message>
        <location filename="../../ui/my_account/information_tab.py" line="+29"/>
        <source>Votre identifiant</source>
        <translation>Your identifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Identifiant : {0}</source>
        <translation>Identifier: {0}</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/kiosk.py" line="+96"/>
        <source>EduConnect — accueil des familles</source>
        <translation>EduConnect — families&apos; desk</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../core/labels.py" line="+10"/>
        <source>Élève</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Représentant légal</source>
        <translation>Legal guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnel</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Non activé</source>
        <translation>Not activated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activé</source>
        <translation>Activated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bloqué</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désactivé</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En attente de confirmation</source>
        <translation>Awaiting confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmée</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>non confirmée</source>
        <translation>not confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en attente de confirmation</source>
        <translation>awaiting confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmée</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nouvelle adresse en attente de confirmation</source>
        <translation>new address awaiting confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non confirmée</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrateur</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrétariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>code d&apos;activation</source>
        <translation>activation code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identifiant oublié</source>
        <translation>forgotten identifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>réinitialisation du mot de passe</source>
        <translation>password reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmation d&apos;adresse e-mail</source>
        <translation>e-mail address confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avis à l&apos;ancienne adresse</source>
        <translation>notice to the old address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mot de passe modifié</source>
        <translation>password changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmation du portable</source>
        <translation>mobile number confirmation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INE</source>
        <translation>INE (national pupil number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant SIECLE de l&apos;élève</source>
        <translation>SIECLE identifier of the pupil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom d&apos;usage</source>
        <translation>Usual name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant SIECLE de la personne</source>
        <translation>SIECLE identifier of the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de départ</source>
        <translation>Leaving date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type de compte</source>
        <translation>Account type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse e-mail</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État de l&apos;adresse e-mail</source>
        <translation>E-mail address status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle adresse e-mail</source>
        <translation>New e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable confirmé</source>
        <translation>Mobile confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État du compte</source>
        <translation>Account status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niveau de responsabilité</source>
        <translation>Level of responsibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../../messaging/outbox.py" line="+50"/>
        <source>en attente</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>envoi en cours</source>
        <translation>sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>envoyé</source>
        <translation>sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>échec</source>
        <translation>failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annulé</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>LegacyImport</name>
    <message>
        <location filename="../../ui/secretariat/legacy_import_dialog.py" line="+34"/>
        <source>Choisir l&apos;annuaire ATEN (CSV)</source>
        <translation>Choose the ATEN directory (CSV)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annuaire ATEN (*.csv *.txt)</source>
        <translation>ATEN directory (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>LegacyImportDialog</name>
    <message>
        <location line="+10"/>
        <source>Importer les anciens comptes ATEN</source>
        <translation>Import the old ATEN accounts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>L&apos;annuaire des anciens comptes ATEN / ATEN-élève (fichier CSV « login;password;siecle_id ») permet aux familles de passer à EduConnect avec leur ancien identifiant. Les mots de passe sont chiffrés dans la base dès l&apos;import.</source>
        <translation>The directory of old ATEN / ATEN-élève accounts (CSV file « login;password;siecle_id ») lets families move to EduConnect with their old identifier. The passwords are encrypted in the database as soon as they are imported.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fichier CSV de l&apos;annuaire ATEN</source>
        <translation>CSV file of the ATEN directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chemin du fichier CSV</source>
        <translation>path of the CSV file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir le fichier CSV</source>
        <translation>Choose the CSV file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analy&amp;ser</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyser le fichier (rien n&apos;est enregistré)</source>
        <translation>Analyse the file (nothing is saved)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importer les comptes</source>
        <translation>Import the accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aperçu et résultat de l&apos;import</source>
        <translation>Import preview and result</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fer&amp;mer</source>
        <translation>Clo&amp;se</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fichier :</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Lecture du fichier…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fichier {0} : rien n&apos;est encore enregistré.</source>
        <translation>File {0}: nothing is saved yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptes à importer : {0}</source>
        <translation>Accounts to import: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptes déjà importés, mot de passe remplacé : {0}</source>
        <translation>Accounts already imported, password replaced: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptes déjà passés à EduConnect, ignorés : {0}</source>
        <translation>Accounts already moved to EduConnect, skipped: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rien à importer dans ce fichier.</source>
        <translation>Nothing to import in this file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« Importer » chiffre les mots de passe et enregistre les comptes.</source>
        <translation>“Import” encrypts the passwords and saves the accounts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lignes refusées ({0}) :</source>
        <translation>Rejected lines ({0}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  … et {0} autre(s).</source>
        <translation>  … and {0} more.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import annulé : aucun compte n&apos;a été enregistré.</source>
        <translation>Import cancelled: no account was saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chiffrement des mots de passe…</source>
        <translation>Encrypting the passwords…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import terminé : {0} compte(s) enregistré(s), {1} déjà passé(s) à EduConnect.</source>
        <translation>Import finished: {0} account(s) saved, {1} already moved to EduConnect.</translation>
    </message>
</context>
<context>
    <name>LegacyWizard</name>
    <message>
        <location filename="../../ui/legacy/wizard.py" line="+32"/>
        <source>Passer de mon ancien compte à EduConnect</source>
        <translation>Move from my old account to EduConnect</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votre ancien compte est reconnu. Voici votre identifiant EduConnect, qui le remplace : notez-le, il vous servira à chaque connexion.</source>
        <translation>Your old account is recognised. Here is your EduConnect identifier, which replaces it: write it down, you will need it every time you sign in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Votre ancien compte ne peut plus être utilisé.</source>
        <translation>Your old account can no longer be used.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choisissez un mot de passe différent de celui de votre ancien compte.</source>
        <translation>Choose a password different from the one of your old account.</translation>
    </message>
</context>
<context>
    <name>LinksDialog</name>
    <message>
        <location filename="../../ui/secretariat/links_dialog.py" line="+118"/>
        <source>Liens de {0} {1} ({2})</source>
        <translation>Links of {0} {1} ({2})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message>
        <location line="-97"/>
        <source>Liens entre élèves et représentants légaux</source>
        <translation>Links between pupils and legal guardians</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Liens actuels</source>
        <translation>Current links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retirer le lien</source>
        <translation>&amp;Remove the link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer le lien sélectionné</source>
        <translation>Remove the selected link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant du représentant légal</source>
        <translation>Identifier of the legal guardian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identifiant de l&apos;élève</source>
        <translation>Identifier of the pupil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>p.nom1</source>
        <translation>p.nom1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niveau de responsabilité</source>
        <translation>Level of responsibility</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ajouter le lien</source>
        <translation>&amp;Add the link</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ajouter le lien</source>
        <translation>Add the link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;présentant légal :</source>
        <translation>Legal &amp;guardian:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Élève :</source>
        <translation>&amp;Pupil:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Niveau :</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Liens actuels :</source>
        <translation>Current lin&amp;ks:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Lien enregistré avec {0}.</source>
        <translation>Link saved with {0}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lien avec {0} retiré.</source>
        <translation>Link with {0} removed.</translation>
    </message>
</context>
<context>
    <name>LinksReviewPage</name>
    <message>
        <location filename="../../ui/login/links_review_page.py" line="+21"/>
        <source>Vos enfants</source>
        <translation>Your children</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Vous avez indiqué ne pas être le représentant légal des élèves ci-dessous. Si c&apos;était une erreur, cochez-les pour les rattacher à nouveau à votre compte. Les élèves non cochés restent retirés.&lt;/p&gt;</source>
        <translation>&lt;p&gt;You said that you are not the legal guardian of the pupils below. If that was a mistake, tick them to link them to your account again. Pupils left unticked stay removed.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Je suis bien le représentant légal de {0} {1} (né(e) le {2})</source>
        <translation>I am indeed the legal guardian of {0} {1} (born on {2})</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../ui/login/login_page.py" line="+26"/>
        <source>J&apos;ai reçu une lettre de l&apos;établissement</source>
        <translation>I received a letter from the establishment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Saisissez l&apos;&lt;b&gt;identifiant&lt;/b&gt; et le &lt;b&gt;mot de passe provisoire&lt;/b&gt; indiqués sur la lettre remise par l&apos;établissement. Vous choisirez ensuite votre propre mot de passe.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Enter the &lt;b&gt;identifier&lt;/b&gt; and the &lt;b&gt;temporary password&lt;/b&gt; given in the letter from the establishment. You will then choose your own password.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je dispose d&apos;un compte EduConnect</source>
        <translation>I have an EduConnect account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Saisissez votre identifiant EduConnect et votre mot de passe.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Enter your EduConnect identifier and your password.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p.nom1</source>
        <translation>p.nom1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mot de passe provisoire</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;fficher le mot de passe</source>
        <translation>S&amp;how the password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher le mot de passe</source>
        <translation>Show the password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Identifier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe &amp;provisoire :</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Se &amp;connecter</source>
        <translation>Sign i&amp;n</translation>
    </message>
</context>
<context>
    <name>LoginWizard</name>
    <message>
        <location filename="../../ui/login/wizard.py" line="+47"/>
        <source>Activer mon compte EduConnect</source>
        <translation>Activate my EduConnect account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connexion EduConnect</source>
        <translation>EduConnect sign-in</translation>
    </message>
</context>
<context>
    <name>LostIdentifierWizard</name>
    <message>
        <location filename="../../ui/recovery/identifier_wizard.py" line="+27"/>
        <source>Identifiant perdu — EduConnect</source>
        <translation>Lost identifier — EduConnect</translation>
    </message>
</context>
<context>
    <name>LostPasswordWizard</name>
    <message>
        <location filename="../../ui/recovery/password_wizard.py" line="+32"/>
        <source>Mot de passe perdu — EduConnect</source>
        <translation>Lost password — EduConnect</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choisir un nouveau mot de passe</source>
        <translation>Choose a new password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+54"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Base de données : {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base de données ouverte</source>
        <translation>Database open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Établissements</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nombre d&apos;élèves</source>
        <translation>Number of pupils</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nombre de représentants légaux</source>
        <translation>Number of legal guardians</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nombre de personnels</source>
        <translation>Number of staff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comptes activés</source>
        <translation>Activated accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Premier démarrage…</source>
        <translation>First &amp;start…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créer le premier administrateur</source>
        <translation>Create the first administrator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ouvrir l&apos;accueil des &amp;familles</source>
        <translation>Open the &amp;families&apos; desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir l&apos;accueil des familles</source>
        <translation>Open the families&apos; desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comptes</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Élèves</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Représentants légaux</source>
        <translation>Legal guardians</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnels</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comptes activés (élèves et parents)</source>
        <translation>Activated accounts (pupils and parents)</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Ouverture de la base de données…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouverture</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Base de données non chiffrée</source>
        <translation>Database not encrypted</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À &amp;propos</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} version {1}</source>
        <translation>{0} version {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attention : la base de données n&apos;est pas chiffrée, faute de trousseau système utilisable. Une copie du fichier serait lisible par quiconque l&apos;obtient. Installez ou déverrouillez un trousseau, puis relancez l&apos;application : la base sera chiffrée à l&apos;ouverture suivante.</source>
        <translation>Warning: the database is not encrypted, for lack of a usable system keyring. A copy of the file could be read by anyone who gets it. Install or unlock a keyring, then restart the application: the database will be encrypted the next time it opens.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>EduConnect — accueil des familles</source>
        <translation>EduConnect — families&apos; desk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Établissements : {0}</source>
        <translation>Establishments: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucun établissement pour l&apos;instant.</source>
        <translation>No establishment yet.</translation>
    </message>
</context>
<context>
    <name>MergeSection</name>
    <message>
        <location filename="../../ui/my_account/merge_section.py" line="+23"/>
        <source>Ajouter des élèves depuis un autre compte</source>
        <translation>Add pupils from another account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explications</source>
        <translation>Explanations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous avez reçu un autre identifiant pour un autre enfant (par exemple d&apos;un autre établissement) ? Saisissez-le avec son mot de passe : le mot de passe provisoire remis par l&apos;établissement de cet enfant, ou le mot de passe actuel si ce compte a déjà été activé. Les élèves seront ajoutés à ce compte-ci et l&apos;autre compte sera fermé. Les deux comptes doivent porter les mêmes nom et prénom.</source>
        <translation>You received another identifier for another child (for example from another establishment)? Enter it with its password: the temporary password given by that child&apos;s establishment, or the current password if that account has already been activated. The pupils will be added to this account and the other account will be closed. Both accounts must bear the same surname and first name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Identifiant de l&apos;autre compte</source>
        <translation>Identifier of the other account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p.nom2</source>
        <translation>p.nom2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe de l&apos;autre compte</source>
        <translation>Password of the other account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ajouter les élè&amp;ves</source>
        <translation>Add the pupi&amp;ls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter les élèves de l&apos;autre compte</source>
        <translation>Add the pupils of the other account</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Identifian&amp;t de l&apos;autre compte :</source>
        <translation>Iden&amp;tifier of the other account:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mot de &amp;passe de l&apos;autre compte :</source>
        <translation>&amp;Password of the other account:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Les élèves de {0} ont été ajoutés ; ce compte est fermé.</source>
        <translation>The pupils of {0} have been added; that account is closed.</translation>
    </message>
</context>
<context>
    <name>MessagingSettingsDialog</name>
    <message>
        <location filename="../../ui/secretariat/messaging_settings_dialog.py" line="+33"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS implicite (port 465)</source>
        <translation>Implicit TLS (port 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sans chiffrement (réseau local seulement)</source>
        <translation>No encryption (local network only)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Configuration de l&apos;envoi des messages</source>
        <translation>Message sending settings</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Serveur SMTP</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ex. smtp.ac-academie.fr</source>
        <translation>e.g. smtp.ac-academie.fr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port SMTP</source>
        <translation>SMTP port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>par défaut selon la sécurité</source>
        <translation>default for the security mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisateur SMTP</source>
        <translation>SMTP user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vide si le serveur n&apos;en demande pas</source>
        <translation>empty if the server does not ask for one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse d&apos;expédition</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ex. Collège Jean Moulin &lt;ce.0751234a@ac-paris.fr&gt;</source>
        <translation>e.g. Collège Jean Moulin &lt;ce.0751234a@ac-paris.fr&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse de la passerelle SMS</source>
        <translation>SMS gateway address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… (fournie par votre prestataire SMS)</source>
        <translation>https://… (given by your SMS provider)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse des Services en ligne</source>
        <translation>Online services address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imprimée sur les lettres, ex. https://educonnect.education.gouv.fr</source>
        <translation>printed on the letters, e.g. https://educonnect.education.gouv.fr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sécurité de la connexion SMTP</source>
        <translation>Security of the SMTP connection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mot de passe SMTP</source>
        <translation>SMTP password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jeton de la passerelle SMS</source>
        <translation>SMS gateway token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>État de l&apos;envoi des messages</source>
        <translation>Message sending status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Canal du message de test</source>
        <translation>Channel of the test message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destinataire du message de test</source>
        <translation>Recipient of the test message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votre adresse e-mail ou votre portable</source>
        <translation>your e-mail address or your mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyer un message de &amp;test</source>
        <translation>Send a &amp;test message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyer un message de test</source>
        <translation>Send a test message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enregistrer</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mails (serveur SMTP)</source>
        <translation>E-mails (SMTP server)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Serveur :</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort :</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sécu&amp;rité :</source>
        <translation>Secu&amp;rity:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Utilisateur :</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de &amp;passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpéditeur :</source>
        <translation>Se&amp;nder:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS (passerelle HTTP)</source>
        <translation>SMS (HTTP gateway)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Adresse :</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jeton :</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services en &amp;ligne :</source>
        <translation>Online serv&amp;ices:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message de test</source>
        <translation>Test message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Canal :</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Destinataire :</source>
        <translation>Recipi&amp;ent:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les secrets (mot de passe SMTP, jeton SMS) sont enregistrés dans le trousseau du système, jamais dans le fichier de configuration. Laissez leur champ vide pour garder le secret déjà enregistré.</source>
        <translation>The secrets (SMTP password, SMS token) are stored in the system keyring, never in the configuration file. Leave their field empty to keep the secret already stored.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>E-mails et SMS peuvent partir de ce poste.</source>
        <translation>E-mails and SMS can be sent from this computer.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Réglages enregistrés.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aucun changement à enregistrer.</source>
        <translation>No change to save.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Envoi du message de test…</source>
        <translation>Sending the test message…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message de test envoyé à {0}. Vérifiez qu&apos;il est bien arrivé.</source>
        <translation>Test message sent to {0}. Check that it arrived.</translation>
    </message>
</context>
<context>
    <name>MessagingStatusLabel</name>
    <message>
        <location filename="../../ui/secretariat/messaging_status.py" line="+28"/>
        <source>E-mails indisponibles sur ce poste (ils restent en attente) : {0}</source>
        <translation>E-mails cannot be sent from this workstation (they stay in the queue): {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS indisponibles sur ce poste (ils restent en attente) : {0}</source>
        <translation>SMS cannot be sent from this workstation (they stay in the queue): {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>État de l&apos;envoi des messages</source>
        <translation>Message sending status</translation>
    </message>
</context>
<context>
    <name>MobileSection</name>
    <message>
        <location filename="../../ui/my_account/mobile_section.py" line="+36"/>
        <location line="+1"/>
        <source>Numéro de portable</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier mon numéro de porta&amp;ble</source>
        <translation>Change my mo&amp;bile number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier mon numéro de portable</source>
        <translation>Change my mobile number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nouveau numéro de portable</source>
        <translation>New mobile number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recevoir un code par SMS</source>
        <translation>Receive a code by SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recevoir un code par SMS au nouveau numéro</source>
        <translation>Receive a code by SMS at the new number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler la modification du numéro</source>
        <translation>Cancel the number change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code envoyé</source>
        <translation>Code sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code reçu par SMS</source>
        <translation>Code received by SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valider le code</source>
        <translation>Confirm the code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valider le code reçu par SMS</source>
        <translation>Confirm the code received by SMS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Code reçu par &amp;SMS :</source>
        <translation>Code received by &amp;SMS:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No&amp;uveau numéro :</source>
        <translation>Ne&amp;w number:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Aucun numéro de portable</source>
        <translation>No mobile number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numéro de portable confirmé : {0}</source>
        <translation>Confirmed mobile number: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numéro de portable (non confirmé) : {0}</source>
        <translation>Mobile number (not confirmed): {0}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Un code a été envoyé par SMS au {0}, valable {1}. Saisissez-le ci-dessous.</source>
        <translation>A code has been sent by SMS to {0}, valid for {1}. Enter it below.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Votre numéro de portable a été confirmé.</source>
        <translation>Your mobile number has been confirmed.</translation>
    </message>
</context>
<context>
    <name>MyAccountView</name>
    <message>
        <location filename="../../ui/my_account/view.py" line="+53"/>
        <source>Mon compte</source>
        <translation>My account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mes &amp;informations</source>
        <translation>My &amp;details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mes &amp;enfants</source>
        <translation>My &amp;children</translation>
    </message>
</context>
<context>
    <name>NewPasswordPage</name>
    <message>
        <location filename="../../ui/login/new_password_page.py" line="+19"/>
        <source>Choisissez votre mot de passe</source>
        <translation>Choose your password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Votre mot de passe provisoire ne servira plus. Choisissez un mot de passe personnel : au moins 8 caractères, dont 3 types parmi minuscules, majuscules, chiffres et caractères spéciaux. Ne le communiquez à personne.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Your temporary password will no longer work. Choose a personal password: at least 8 characters, with 3 kinds among lower-case letters, capital letters, digits and special characters. Do not share it with anyone.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Le nouveau mot de passe doit être différent du mot de passe provisoire.</source>
        <translation>The new password must be different from the temporary password.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../ui/secretariat/outbox_view.py" line="+46"/>
        <source>Filtrer par statut</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nombre de messages par statut</source>
        <translation>Number of messages by status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages de la file d&apos;envoi</source>
        <translation>Messages in the sending queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Essais</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prochain essai</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dernière erreur</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Renvoyer</source>
        <translation>&amp;Resend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renvoyer le message sélectionné</source>
        <translation>Resend the selected message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nnuler l&apos;envoi</source>
        <translation>Ca&amp;ncel sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler l&apos;envoi du message sélectionné</source>
        <translation>Cancel sending the selected message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;tualiser</source>
        <translation>Refres&amp;h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actualiser la liste des messages</source>
        <translation>Refresh the list of messages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Texte du message sélectionné</source>
        <translation>Text of the selected message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Statut :</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Voir le message</source>
        <translation>View the message</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messa&amp;ges (du plus récent au plus ancien) :</source>
        <translation>Messa&amp;ges (from the most recent to the oldest):</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sélectionnez un message pour le voir.</source>
        <translation>Select a message to view it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message confidentiel (code, lien ou identifiant) : son texte n&apos;est pas affiché.</source>
        <translation>Confidential message (code, link or identifier): its text is not shown.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objet : {0}

</source>
        <translation>Subject: {0}

</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Message n° {0} remis dans la file d&apos;envoi.</source>
        <translation>Message no. {0} put back in the sending queue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Envoi du message n° {0} annulé.</source>
        <translation>Sending of message no. {0} cancelled.</translation>
    </message>
</context>
<context>
    <name>PasswordChangePanel</name>
    <message>
        <location filename="../../ui/secretariat/password_change_panel.py" line="+33"/>
        <source>&lt;h2&gt;Choisissez votre mot de passe&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Choose your password&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez votre mot de passe</source>
        <translation>Choose your password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consigne</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Enregistrer le mot de passe</source>
        <translation>&amp;Save the password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer le nouveau mot de passe</source>
        <translation>Save the new password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se dé&amp;connecter</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se déconnecter sans changer le mot de passe</source>
        <translation>Sign out without changing the password</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bonjour {0} {1}. Votre mot de passe est provisoire : choisissez votre propre mot de passe avant d&apos;ouvrir l&apos;espace du secrétariat.</source>
        <translation>Hello {0} {1}. Your password is temporary: choose your own password before opening the secretariat&apos;s workspace.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choisissez un mot de passe différent du mot de passe provisoire.</source>
        <translation>Choose a password different from the temporary password.</translation>
    </message>
</context>
<context>
    <name>PasswordChangedPage</name>
    <message>
        <location filename="../../ui/recovery/password_changed_page.py" line="+16"/>
        <location line="+2"/>
        <source>Votre mot de passe a été modifié</source>
        <translation>Your password has been changed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Votre mot de passe a été modifié.&lt;/p&gt;&lt;p&gt;Votre identifiant : &lt;b&gt;{0}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Connectez-vous désormais avec ce nouveau mot de passe. Si une adresse e-mail confirmée est associée à votre compte, un message vous y informe aussi de ce changement.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Your password has been changed.&lt;/p&gt;&lt;p&gt;Your identifier: &lt;b&gt;{0}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;From now on, sign in with this new password. If a confirmed e-mail address is linked to your account, a message there also tells you of this change.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Votre identifiant : {0}</source>
        <translation>Your identifier: {0}</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../ui/password_field.py" line="+168"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation du mot de passe</source>
        <translation>Password confirmation</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>Robustesse du mot de passe</source>
        <translation>Password strength</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conseils pour le mot de passe</source>
        <translation>Password advice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correspondance des mots de passe</source>
        <translation>Passwords match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe refusé</source>
        <translation>Password refused</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ce mot de passe est faible : je le choisis &amp;quand même</source>
        <translation>This password is weak: I choose it &amp;anyway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je choisis quand même ce mot de passe faible</source>
        <translation>I choose this weak password anyway</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Robustesse :</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;onfirmation :</source>
        <translation>C&amp;onfirmation:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Ce mot de passe ne peut pas être utilisé.</source>
        <translation>This password cannot be used.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Masquer le mot de passe</source>
        <translation>Hide the password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afficher le mot de passe</source>
        <translation>Show the password</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Les mots de passe correspondent</source>
        <translation>The passwords match</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les mots de passe ne correspondent pas</source>
        <translation>The passwords do not match</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>respecté</source>
        <translation>met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>non respecté</source>
        <translation>not met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Très faible</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faible</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moyen</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fort</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Très fort</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Robustesse : {0}</source>
        <translation>Strength: {0}</translation>
    </message>
</context>
<context>
    <name>PasswordSection</name>
    <message>
        <location filename="../../ui/my_account/password_section.py" line="+22"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier mon mot de &amp;passe</source>
        <translation>Change my &amp;password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier mon mot de passe</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mot de passe actuel</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enre&amp;gistrer le mot de passe</source>
        <translation>Sa&amp;ve the password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer le nouveau mot de passe</source>
        <translation>Save the new password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler la modification du mot de passe</source>
        <translation>Cancel the password change</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mot de passe &amp;actuel :</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Votre mot de passe a été modifié.</source>
        <translation>Your password has been changed.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/secretariat/import_preview.py" line="+33"/>
        <source>Aperçu de l&apos;import</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résumé de l&apos;import</source>
        <translation>Import summary</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classe ou contact</source>
        <translation>Class or contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifications</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Élève</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Emplacement</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Motif du refus</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avertissement</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nouveaux comptes</source>
        <translation>New accounts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comptes modifiés</source>
        <translation>Changed accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Élèves sortis</source>
        <translation>Pupils who left</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lignes refusées</source>
        <translation>Rejected lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avertissements</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}, né(e) le {1}</source>
        <translation>{0}, born on {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conservé (donné par la famille) : {0}</source>
        <translation>kept (given by the family): {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>déjà sorti de l&apos;établissement : aucun compte créé</source>
        <translation>already left the establishment: no account created</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nouveaux ({0})</source>
        <translation>New ({0})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modifiés ({0})</source>
        <translation>Changed ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sortis ({0})</source>
        <translation>Left ({0})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refusés ({0})</source>
        <translation>Rejected ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avertissements ({0})</source>
        <translation>Warnings ({0})</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <location filename="../../ui/secretariat/privacy_actions.py" line="+26"/>
        <source>E&amp;xporter les données…</source>
        <translation>E&amp;xport the data…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter les données de la famille (droit d&apos;accès)</source>
        <translation>Export the family&apos;s data (right of access)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacer le c&amp;ompte…</source>
        <translation>Erase the acc&amp;ount…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacer le compte (droit à l&apos;effacement)</source>
        <translation>Erase the account (right to erasure)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Données de la famille enregistrées : {0}. Ce fichier est personnel : remettez-le à la famille puis supprimez-le.</source>
        <translation>Family&apos;s data saved: {0}. This file is personal: hand it to the family, then delete it.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Effacer le compte</source>
        <translation>Erase the account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacement définitif (droit à l&apos;effacement) de : {0}. Les comptes, leurs liens, leurs codes et leurs messages seront supprimés ; le journal d&apos;audit gardera seulement la trace de l&apos;effacement.</source>
        <translation>Permanent erasure (right to erasure) of: {0}. The accounts, their links, their codes and their messages will be deleted; the audit log will only keep a record of the erasure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effacer définitivement</source>
        <translation>Erase permanently</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comptes effacés : {0}.</source>
        <translation>Accounts erased: {0}.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/secretariat/import_progress.py" line="+84"/>
        <source>Travail en cours</source>
        <translation>Work in progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annu&amp;ler</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler le travail en cours</source>
        <translation>Cancel the work in progress</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Annulation en cours…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <location filename="../../ui/registration/wizard.py" line="+35"/>
        <source>Créer mon compte — EduConnect</source>
        <translation>Create my account — EduConnect</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vous êtes identifié. Voici votre identifiant EduConnect : notez-le, il vous servira à chaque connexion.</source>
        <translation>You are identified. Here is your EduConnect identifier: write it down, you will need it every time you sign in.</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <location filename="../../ui/recovery/request_page.py" line="+27"/>
        <source>Mot de passe perdu</source>
        <translation>Lost password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indiquez votre identifiant EduConnect. Un code pour choisir un nouveau mot de passe vous sera envoyé à l&apos;adresse e-mail confirmée de votre compte ou, si vous êtes parent, à votre numéro de portable confirmé.</source>
        <translation>Enter your EduConnect identifier. A code to choose a new password will be sent to your account&apos;s confirmed e-mail address or, if you are a parent, to your confirmed mobile number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p.nom1</source>
        <translation>p.nom1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recevoir le code</source>
        <translation>Receive the code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Identifier:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Recevoir un code</source>
        <translation>&amp;Receive a code</translation>
    </message>
</context>
<context>
    <name>ResetCodePage</name>
    <message>
        <location filename="../../ui/recovery/reset_code_page.py" line="+33"/>
        <source>Saisissez le code reçu</source>
        <translation>Enter the code you received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code reçu</source>
        <translation>Code received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les 6 chiffres du code reçu par e-mail ou par SMS</source>
        <translation>The 6 digits of the code received by e-mail or by SMS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je n&apos;ai &amp;rien reçu</source>
        <translation>I &amp;received nothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je n&apos;ai rien reçu</source>
        <translation>I received nothing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Demander un nouveau code</source>
        <translation>&amp;Ask for a new code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demander un nouveau code</source>
        <translation>Ask for a new code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si vous n&apos;avez rien reçu</source>
        <translation>If you received nothing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Durée de validité du code</source>
        <translation>Validity of the code</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Code reçu :</source>
        <translation>&amp;Code received:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Vérifier le code</source>
        <translation>&amp;Verify the code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le code reçu est valable {0}.</source>
        <translation>The code you received is valid for {0}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Le message peut mettre quelques minutes à arriver ; pensez à regarder dans les courriers indésirables. Si rien n&apos;arrive, c&apos;est peut-être qu&apos;aucune adresse e-mail ni aucun numéro de portable confirmé n&apos;est associé à ce compte, ou que l&apos;identifiant n&apos;est pas le bon : adressez-vous à l&apos;établissement, le secrétariat vous remettra une nouvelle lettre.</source>
        <translation>The message can take a few minutes to arrive; remember to look in your junk mail. If nothing arrives, perhaps no confirmed e-mail address or mobile number is linked to this account, or the identifier is wrong: contact the establishment, the secretariat will give you a new letter.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Une nouvelle demande a été faite. Seul le code du dernier message reçu est valable.</source>
        <translation>A new request has been made. Only the code in the latest message is valid.</translation>
    </message>
</context>
<context>
    <name>SecretariatLetters</name>
    <message>
        <location filename="../../ui/secretariat/import_letters.py" line="+25"/>
        <source>Enregistrer les lettres (PDF)</source>
        <translation>Save the letters (PDF)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SentPage</name>
    <message>
        <location filename="../../ui/recovery/sent_page.py" line="+20"/>
        <source>Identifiant perdu</source>
        <translation>Lost identifier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>StaffLoginPanel</name>
    <message>
        <location filename="../../ui/secretariat/login_panel.py" line="+42"/>
        <source>Session verrouillée</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Espace du secrétariat</source>
        <translation>Secretariat&apos;s workspace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consigne</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connectez-vous avec votre identifiant et votre mot de passe du personnel.</source>
        <translation>Sign in with your staff identifier and password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Se &amp;connecter</source>
        <translation>Sign i&amp;n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hanger d&apos;utilisateur</source>
        <translation>C&amp;hange user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changer d&apos;utilisateur</source>
        <translation>Change user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir l&apos;accueil des &amp;familles</source>
        <translation>Open the &amp;families&apos; desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir l&apos;accueil des familles</source>
        <translation>Open the families&apos; desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Identifier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>La session de {0} {1} a été verrouillée après une période d&apos;inactivité.</source>
        <translation>The session of {0} {1} was locked after a period of inactivity.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La session de {0} {1} est verrouillée.</source>
        <translation>The session of {0} {1} is locked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saisissez votre mot de passe pour la reprendre.</source>
        <translation>Enter your password to resume it.</translation>
    </message>
</context>
<context>
    <name>StaffMessages</name>
    <message>
        <location filename="../../core/identifiers.py" line="+35"/>
        <source>Le nom « {name} » ne contient aucune lettre utilisable pour un identifiant.</source>
        <translation>The surname “{name}” contains no letter that can be used in an identifier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le prénom « {name} » ne contient aucune lettre utilisable pour un identifiant.</source>
        <translation>The first name “{name}” contains no letter that can be used in an identifier.</translation>
    </message>
    <message>
        <location filename="../../messaging/outbox.py" line="+175"/>
        <source>Aucun message n° {message_id} dans la file d&apos;envoi.</source>
        <translation>No message no. {message_id} in the outbox.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <source>Le message n° {message_id} a déjà été envoyé.</source>
        <translation>Message no. {message_id} has already been sent.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Le message n° {message_id} est en cours d&apos;envoi.</source>
        <translation>Message no. {message_id} is being sent.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Le message n° {message_id} est en cours d&apos;envoi : réessayez dans quelques minutes.</source>
        <translation>Message no. {message_id} is being sent: try again in a few minutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le message n° {message_id} est déjà annulé.</source>
        <translation>Message no. {message_id} is already cancelled.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Le code ou le lien de ce message n&apos;a pas pu être conservé (trousseau système absent ou changé) : la personne doit en demander un nouveau.</source>
        <translation>The code or link of this message could not be kept (system keyring missing or changed): the person must ask for a new one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Envoi interrompu à chaque tentative (arrêt de l&apos;application pendant l&apos;envoi).</source>
        <translation>Sending interrupted at every attempt (the application stopped while sending).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{reason} Abandon après {count} tentative.</source>
        <translation>{reason} Given up after {count} attempt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} Abandon après {count} tentatives.</source>
        <translation>{reason} Given up after {count} attempts.</translation>
    </message>
    <message>
        <location filename="../../services/account_admin.py" line="+37"/>
        <source>Vous ne pouvez pas désactiver votre propre compte.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Un lien relie un représentant légal à un élève.</source>
        <translation>A link joins a legal guardian to a pupil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Niveau de responsabilité : 1 ou 2 (responsable légal), 0 (autre contact).</source>
        <translation>Level of responsibility: 1 or 2 (legal guardian), 0 (other contact).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ces deux comptes ne sont pas liés.</source>
        <translation>These two accounts are not linked.</translation>
    </message>
    <message>
        <location filename="../../services/demo.py" line="+74"/>
        <source>L&apos;établissement de démonstration est déjà chargé.</source>
        <translation>The demo school is already loaded.</translation>
    </message>
    <message>
        <location filename="../../services/legacy.py" line="-196"/>
        <source>Les mots de passe ont été chiffrés dans la base. Supprimez maintenant le fichier CSV importé (et videz la corbeille) : il contient des mots de passe en clair.</source>
        <translation>The passwords have been hashed in the database. Now delete the imported CSV file (and empty the bin): it contains passwords in plain text.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{name} est trop volumineux pour un annuaire ATEN (plus de {megabytes} Mo) : vérifiez le fichier choisi.</source>
        <translation>{name} is too large for an ATEN directory (more than {megabytes} MB): check the file you chose.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Impossible de lire {name} : {reason}.</source>
        <translation>Cannot read {name}: {reason}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} n&apos;est pas un CSV lisible : {error}.</source>
        <translation>{name} is not a readable CSV: {error}.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{name} n&apos;est pas un fichier texte CSV (login;password;siecle_id).</source>
        <translation>{name} is not a CSV text file (login;password;siecle_id).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name} ne contient aucune ligne utilisable : le fichier attendu a trois colonnes séparées par des points-virgules (login;password;siecle_id).</source>
        <translation>{name} contains no usable row: the expected file has three columns separated by semicolons (login;password;siecle_id).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Première erreur : {error}.</source>
        <translation>First error: {error}.</translation>
    </message>
    <message>
        <location filename="../../services/letters.py" line="+97"/>
        <source>Les lettres sont destinées aux élèves et aux représentants légaux : « {identifier} » est un compte du personnel.</source>
        <translation>Letters are meant for pupils and legal guardians: “{identifier}” is a staff account.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le compte « {identifier} » est désactivé : réactivez-le avant d&apos;imprimer une lettre.</source>
        <translation>The account “{identifier}” is disabled: re-enable it before printing a letter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Aucun établissement n&apos;a l&apos;UAI « {uai} ».</source>
        <translation>No school has the UAI “{uai}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La classe « {class_code} » existe dans plusieurs établissements ({names}) : précisez l&apos;établissement.</source>
        <translation>The class “{class_code}” exists in several schools ({names}): say which school.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aucun élève dans la classe « {class_code} ».</source>
        <translation>No pupil in the class “{class_code}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indiquez une classe ou au moins un identifiant.</source>
        <translation>Enter a class or at least one identifier.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Le compte « {identifier} » a été supprimé entre-temps. Recommencez.</source>
        <translation>The account “{identifier}” has been deleted in the meantime. Start again.</translation>
    </message>
    <message>
        <location filename="../../services/messaging_settings.py" line="+117"/>
        <source>Canal inconnu : {channel}.</source>
        <translation>Unknown channel: {channel}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Le message de test n&apos;est pas parti : {reason}</source>
        <translation>The test message was not sent: {reason}</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="+44"/>
        <source>Le code ou le lien de ce message a expiré avant son envoi : il n&apos;est plus envoyé.</source>
        <translation>The code or link of this message expired before it was sent: it will not be sent.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Aucun compte « {identifier} ».</source>
        <translation>No account “{identifier}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce compte est un compte du personnel, pas celui d&apos;une famille.</source>
        <translation>This is a staff account, not a family&apos;s.</translation>
    </message>
    <message>
        <location filename="../../letters/pdf.py" line="+59"/>
        <source>Aucune lettre à imprimer.</source>
        <translation>No letters to print.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Impossible d&apos;écrire le fichier {path}.</source>
        <translation>Cannot write the file {path}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{path} est un dossier : indiquez un nom de fichier PDF.</source>
        <translation>{path} is a folder: give a PDF file name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../services/privacy.py" line="+90"/>
        <source>Impossible d&apos;écrire le fichier {path} : {reason}.</source>
        <translation>Cannot write the file {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../services/roster_apply.py" line="+30"/>
        <source>Les comptes de l&apos;établissement ont changé depuis l&apos;aperçu (un autre import ou une autre modification) : refaites l&apos;aperçu avant d&apos;importer.</source>
        <translation>The school&apos;s accounts have changed since the preview (another import or another change): preview again before importing.</translation>
    </message>
    <message>
        <location filename="../../services/roster_import.py" line="+71"/>
        <source>Import annulé : rien n&apos;a été enregistré.</source>
        <translation>Import cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>L&apos;établissement {uai} n&apos;existe pas encore dans la base : indiquez son nom (il figurera sur les lettres et les messages).</source>
        <translation>The school {uai} is not in the database yet: enter its name (it will appear on the letters and messages).</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Importez un seul fichier ONDE à la fois.</source>
        <translation>Import one ONDE file at a time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type d&apos;export inconnu : « {kind} » (siecle ou onde).</source>
        <translation>Unknown export type: “{kind}” (siecle or onde).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Import arrêté : rien n&apos;a été enregistré.</source>
        <translation>Import stopped: nothing was saved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Attention : cet import marquerait {leaving} élèves sur {present} ({share} %) comme sortis de l&apos;établissement. Un fichier incomplet, d&apos;une autre année ou d&apos;un autre établissement donne exactement cela : vérifiez le fichier, et confirmez seulement si ces élèves sont vraiment partis.</source>
        <translation>Warning: this import would mark {leaving} pupils out of {present} ({share} %) as having left the school. An incomplete file, or one from another year or another school, does exactly that: check the file, and confirm only if these pupils have really left.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Code UAI « {requested} » invalide : 7 chiffres et une lettre (ex. 0751234A).</source>
        <translation>Invalid UAI code “{requested}”: 7 digits and a letter (e.g. 0751234A).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ces fichiers sont ceux de l&apos;établissement {uai}, pas de {requested}.</source>
        <translation>These files belong to the school {uai}, not to {requested}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le fichier n&apos;indique pas l&apos;établissement : précisez son code UAI (option --uai en ligne de commande, par exemple --uai 0751234A).</source>
        <translation>The file does not say which school it is for: give its UAI code (option --uai on the command line, for example --uai 0751234A).</translation>
    </message>
    <message>
        <location filename="../../services/setup.py" line="+2"/>
        <source>Indiquez le prénom et le nom de l&apos;administrateur.</source>
        <translation>Enter the administrator&apos;s first name and surname.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Un administrateur existe déjà dans cette base de données.</source>
        <translation>An administrator already exists in this database.</translation>
    </message>
    <message>
        <location filename="../../services/staff.py" line="-31"/>
        <source>Votre compte du personnel n&apos;est plus actif : reconnectez-vous.</source>
        <translation>Your staff account is no longer active: please sign in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cette action est réservée aux administrateurs.</source>
        <translation>This action is restricted to administrators.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Rôle inconnu : choisissez administrateur ou secrétariat.</source>
        <translation>Unknown role: choose administrator or secretariat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indiquez le prénom et le nom.</source>
        <translation>Enter the first name and surname.</translation>
    </message>
    <message>
        <location filename="../../services/accounts_store.py" line="+35"/>
        <source>Aucun compte n&apos;a l&apos;identifiant « {identifier} ».</source>
        <translation>No account has the identifier “{identifier}”.</translation>
    </message>
    <message>
        <location filename="../../importers/onde.py" line="+51"/>
        <source>{file} : le fichier est vide.</source>
        <translation>{file}: the file is empty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lignes</source>
        <translation>lines</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{file}, ligne {line} : CSV illisible ({detail}).</source>
        <translation>{file}, line {line}: unreadable CSV ({detail}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}, ligne {line} : guillemet ouvert et jamais refermé, la suite du fichier serait lue comme une seule case (et tous les élèves suivants comme sortis). Import arrêté : corrigez cette ligne ou réexportez le fichier depuis ONDE.</source>
        <translation>{file}, line {line}: a quotation mark is opened and never closed, so the rest of the file would be read as a single cell (and all the following pupils as having left). Import stopped: correct this line or export the file again from ONDE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ligne {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>INE en double avec la ligne {line}</source>
        <translation>INE duplicated on line {line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>élève en double avec la ligne {line} (mêmes nom, prénom et date de naissance)</source>
        <translation>pupil duplicated on line {line} (same surname, first name and date of birth)</translation>
    </message>
    <message>
        <location filename="../../importers/fields.py" line="+59"/>
        <location filename="../../services/roster_text.py" line="+29"/>
        <source>nom</source>
        <translation>surname</translation>
    </message>
    <message>
        <location filename="../../importers/onde.py" line="+75"/>
        <source>, responsable {name}</source>
        <translation>, guardian {name}</translation>
    </message>
    <message>
        <location filename="../../importers/fields.py" line="+1"/>
        <source>nom du responsable</source>
        <translation>guardian&apos;s surname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prénom du responsable</source>
        <translation>guardian&apos;s first name</translation>
    </message>
    <message>
        <location filename="../../services/roster_text.py" line="+0"/>
        <source>nom d&apos;usage</source>
        <translation>usual name</translation>
    </message>
    <message>
        <location filename="../../importers/fields.py" line="-2"/>
        <location filename="../../services/roster_text.py" line="+1"/>
        <source>prénom</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../../services/roster_text.py" line="+1"/>
        <source>date de naissance</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classe</source>
        <translation>class</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identifiant de l&apos;export</source>
        <translation>export identifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portable</source>
        <translation>mobile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retour dans l&apos;établissement</source>
        <translation>back at the school</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} nouveau</source>
        <translation>{count} new</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} nouveaux</source>
        <translation>{count} new</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} inchangé</source>
        <translation>{count} unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} inchangés</source>
        <translation>{count} unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} sorti de l&apos;établissement</source>
        <translation>{count} left the school</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} sortis de l&apos;établissement</source>
        <translation>{count} left the school</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export ONDE du {date}, année scolaire {year} ({files}).</source>
        <translation>ONDE export of {date}, school year {year} ({files}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export SIECLE du {date}, année scolaire {year} ({files}).</source>
        <translation>SIECLE export of {date}, school year {year} ({files}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export ONDE du {date} ({files}).</source>
        <translation>ONDE export of {date} ({files}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export SIECLE du {date} ({files}).</source>
        <translation>SIECLE export of {date} ({files}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export ONDE, année scolaire {year} ({files}).</source>
        <translation>ONDE export, school year {year} ({files}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export SIECLE, année scolaire {year} ({files}).</source>
        <translation>SIECLE export, school year {year} ({files}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export ONDE ({files}).</source>
        <translation>ONDE export ({files}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export SIECLE ({files}).</source>
        <translation>SIECLE export ({files}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nom à indiquer</source>
        <translation>name to be given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Établissement {uai} — {name} (existant).</source>
        <translation>School {uai} — {name} (existing).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Établissement {uai} — {name} (nouveau : il sera créé).</source>
        <translation>School {uai} — {name} (new: it will be created).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Élèves : {counts}.</source>
        <translation>Pupils: {counts}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} élève déjà sorti de l&apos;établissement : aucun compte créé.</source>
        <translation>{count} pupil who already left the school: no account created.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} élèves déjà sortis de l&apos;établissement : aucun compte créé.</source>
        <translation>{count} pupils who already left the school: no account created.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsables légaux : {counts}.</source>
        <translation>Legal guardians: {counts}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liens élève–responsable : {counts}.</source>
        <translation>Pupil–guardian links: {counts}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} personne sans compte : autres contacts, ou responsables d&apos;élèves sortis seulement.</source>
        <translation>{count} person without an account: other contacts, or guardians of pupils who left only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} personnes sans compte : autres contacts, ou responsables d&apos;élèves sortis seulement.</source>
        <translation>{count} people without an account: other contacts, or guardians of pupils who left only.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} responsable : coordonnées données par la famille conservées.</source>
        <translation>{count} guardian: contact details given by the family kept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} responsables : coordonnées données par la famille conservées.</source>
        <translation>{count} guardians: contact details given by the family kept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} ligne refusée (voir le détail).</source>
        <translation>{count} line rejected (see the details).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} lignes refusées (voir le détail).</source>
        <translation>{count} lines rejected (see the details).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} avertissement.</source>
        <translation>{count} warning.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} avertissements.</source>
        <translation>{count} warnings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucun changement : la base est déjà à jour.</source>
        <translation>No changes: the database is already up to date.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field} « {old} » → « {new} »</source>
        <translation>{field} “{old}” → “{new}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Établissement {uai} créé.</source>
        <translation>School {uai} created.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} élève</source>
        <translation>{count} pupil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} élèves</source>
        <translation>{count} pupils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} responsable</source>
        <translation>{count} guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} responsables</source>
        <translation>{count} guardians</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptes créés : {students}, {guardians} ; {passwords}.</source>
        <translation>Accounts created: {students}, {guardians}; {passwords}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} mot de passe provisoire</source>
        <translation>{count} temporary password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} mots de passe provisoires</source>
        <translation>{count} temporary passwords</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptes mis à jour : {students}, {guardians} ; {left}.</source>
        <translation>Accounts updated: {students}, {guardians}; {left}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} élève marqué sorti</source>
        <translation>{count} pupil marked as left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} élèves marqués sortis</source>
        <translation>{count} pupils marked as left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liens élève–responsable : {added}, {changed}, {removed}.</source>
        <translation>Pupil–guardian links: {added}, {changed}, {removed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} ajouté</source>
        <translation>{count} added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} ajoutés</source>
        <translation>{count} added</translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+146"/>
        <source>{count} modifié</source>
        <translation>{count} changed</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+147"/>
        <source>{count} modifiés</source>
        <translation>{count} changed</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+143"/>
        <source>{count} supprimé</source>
        <translation>{count} removed</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+143"/>
        <source>{count} supprimés</source>
        <translation>{count} removed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} ligne refusée, non importée.</source>
        <translation>{count} row rejected, not imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} lignes refusées, non importées.</source>
        <translation>{count} rows rejected, not imported.</translation>
    </message>
    <message>
        <location filename="../../store/database.py" line="+99"/>
        <source>Cette base de données (schéma {current}) a été créée par une version plus récente d&apos;EduConnect Desktop (schéma {known}). Mettez l&apos;application à jour.</source>
        <translation>This database (schema {current}) was created by a newer version of EduConnect Desktop (schema {known}). Update the application.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Le fichier {path} est une base SQLite d&apos;une autre application (tables : {tables}) : EduConnect Desktop ne l&apos;ouvre pas et ne l&apos;a pas modifié.</source>
        <translation>The file {path} is another application&apos;s SQLite database (tables: {tables}): EduConnect Desktop does not open it and has not changed it.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>La base de données {path} n&apos;existe pas. Créez-la avec « educonnect init ».</source>
        <translation>The database {path} does not exist. Create it with “educonnect init”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Impossible de créer le dossier {folder} : {reason}.</source>
        <translation>Cannot create the folder {folder}: {reason}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Le fichier {path} n&apos;est pas une base EduConnect Desktop lisible ({error}).</source>
        <translation>The file {path} is not a readable EduConnect Desktop database ({error}).</translation>
    </message>
    <message>
        <location filename="../../store/encryption.py" line="+178"/>
        <source>La copie chiffrée de {source} est incohérente : la base reste en clair.</source>
        <translation>The encrypted copy of {source} is inconsistent: the database stays unencrypted.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source> (trousseau : {name})</source>
        <translation> (keyring: {name})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La base de données {path} est chiffrée (ou n&apos;est pas une base EduConnect Desktop) et sa clé (« {key} ») est introuvable dans le trousseau système{backend}. Ouvrez la session de l&apos;utilisateur qui l&apos;a créée (trousseau déverrouillé), ou restaurez la clé sauvegardée : sans elle, la base ne peut pas être lue.</source>
        <translation>The database {path} is encrypted (or is not an EduConnect Desktop database) and its key (“{key}”) cannot be found in the system keyring{backend}. Log in as the user who created it (keyring unlocked), or restore the saved key: without it, the database cannot be read.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>La clé du trousseau système (« {key} ») n&apos;ouvre pas la base {path} : elle a été chiffrée avec une autre clé, ou le fichier n&apos;est pas une base EduConnect Desktop. Restaurez la clé sauvegardée de ce poste.</source>
        <translation>The system keyring&apos;s key (“{key}”) does not open the database {path}: it was encrypted with another key, or the file is not an EduConnect Desktop database. Restore this workstation&apos;s saved key.</translation>
    </message>
    <message>
        <location filename="../../store/keys.py" line="+109"/>
        <source>Le trousseau système contient une clé de base de données illisible (« database-key »). Restaurez la clé sauvegardée ; ne la supprimez pas : la base ne pourrait plus être ouverte.</source>
        <translation>The system keyring holds an unreadable database key (“database-key”). Restore the saved key; do not delete it: the database could no longer be opened.</translation>
    </message>
    <message>
        <location filename="../../importers/archives.py" line="+106"/>
        <source>{file} : l&apos;archive zip est endommagée ou incomplète.</source>
        <translation>{file}: the zip archive is damaged or incomplete.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} : l&apos;archive contient trop de fichiers ({count}) pour être un export SIECLE.</source>
        <translation>{file}: the archive holds too many files ({count}) to be a SIECLE export.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} : le fichier est protégé par un mot de passe.</source>
        <translation>{file}: the file is protected by a password.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{file} : le fichier est trop volumineux pour être un export (au plus {size} Mo acceptés).</source>
        <translation>{file}: the file is too large to be an export (at most {size} MB accepted).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} : le fichier décompressé serait anormalement volumineux ; l&apos;archive est refusée par sécurité.</source>
        <translation>{file}: the decompressed file would be abnormally large; the archive is refused for security.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} : lecture impossible ({reason}).</source>
        <translation>{file}: cannot be read ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} : décompression impossible ({reason}).</source>
        <translation>{file}: cannot be decompressed ({reason}).</translation>
    </message>
    <message>
        <location filename="../../importers/diff.py" line="+119"/>
        <source>sorti de l&apos;établissement le {date}</source>
        <translation>left the school on {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sorti de l&apos;établissement</source>
        <translation>left the school</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>absent de l&apos;export</source>
        <translation>not in the export</translation>
    </message>
    <message>
        <location filename="../../importers/errors.py" line="+8"/>
        <source>{file} : fichier introuvable.</source>
        <translation>{file}: file not found.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import annulé : aucune donnée n&apos;a été lue.</source>
        <translation>Import cancelled: no data was read.</translation>
    </message>
    <message>
        <location filename="../../importers/fields.py" line="+3"/>
        <source>date de sortie illisible {value}, ignorée</source>
        <translation>unreadable leaving date {value}, ignored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>le numéro {value} n&apos;est pas un portable, ignoré</source>
        <translation>the number {value} is not a mobile, ignored</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>« {value} »</source>
        <translation>“{value}”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>date de naissance manquante</source>
        <translation>date of birth missing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date de naissance illisible {value}</source>
        <translation>unreadable date of birth {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date de naissance invraisemblable {value}</source>
        <translation>implausible date of birth {value}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{what} manquant</source>
        <translation>{what} missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} trop long ({length} caractères, {limit} au plus)</source>
        <translation>{what} too long ({length} characters, {limit} at most)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>INE {value} mal formé, ignoré</source>
        <translation>malformed INE {value}, ignored</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>numéro de portable {value} invalide, ignoré</source>
        <translation>invalid mobile number {value}, ignored</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>adresse e-mail {value} invalide, ignorée</source>
        <translation>invalid e-mail address {value}, ignored</translation>
    </message>
    <message>
        <location filename="../../importers/limits.py" line="+28"/>
        <source>{file} : plus de {limit} {what} ; ce n&apos;est pas l&apos;export d&apos;un seul établissement (fichier refusé).</source>
        <translation>{file}: more than {limit} {what}; this is not the export of a single school (file refused).</translation>
    </message>
    <message>
        <location filename="../../importers/onde_columns.py" line="+65"/>
        <source>{file} : colonnes obligatoires absentes : {names}. Vérifiez qu&apos;il s&apos;agit bien de l&apos;export des élèves d&apos;ONDE (fichier CSV séparé par des points-virgules).</source>
        <translation>{file}: required columns missing: {names}. Check that this is the pupils&apos; export from ONDE (a CSV file separated by semicolons).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} : colonne obligatoire absente : {names}. Vérifiez qu&apos;il s&apos;agit bien de l&apos;export des élèves d&apos;ONDE (fichier CSV séparé par des points-virgules).</source>
        <translation>{file}: required column missing: {names}. Check that this is the pupils&apos; export from ONDE (a CSV file separated by semicolons).</translation>
    </message>
    <message>
        <location filename="../../importers/siecle.py" line="+30"/>
        <source>Deux fichiers d&apos;élèves ont été fournis ({first} et {second}) : n&apos;en choisissez qu&apos;un.</source>
        <translation>Two pupils&apos; files were given ({first} and {second}): choose only one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deux fichiers de responsables ont été fournis ({first} et {second}) : n&apos;en choisissez qu&apos;un.</source>
        <translation>Two guardians&apos; files were given ({first} and {second}): choose only one.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Aucun fichier n&apos;a été choisi.</source>
        <translation>No file was chosen.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{file} : ce n&apos;est ni un fichier XML ni une archive zip.</source>
        <translation>{file}: this is neither an XML file nor a zip archive.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+27"/>
        <source>fichier</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignoré : ce n&apos;est pas un export SIECLE reconnu</source>
        <translation>ignored: not a recognised SIECLE export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} : ce n&apos;est pas un export SIECLE (élément racine « {root} », attendu {students} ou {guardians}).</source>
        <translation>{file}: this is not a SIECLE export (root element “{root}”, expected {students} or {guardians}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} : l&apos;archive ne contient aucun export SIECLE reconnu (ElevesSansAdresses.xml, ElevesAvecAdresses.xml ou ResponsablesAvecAdresses.xml).</source>
        <translation>{file}: the archive holds no recognised SIECLE export (ElevesSansAdresses.xml, ElevesAvecAdresses.xml or ResponsablesAvecAdresses.xml).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Les fichiers proviennent de deux établissements différents ({first} : {first_uai}, {other} : {other_uai}).</source>
        <translation>The files come from two different schools ({first}: {first_uai}, {other}: {other_uai}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Les fichiers portent sur deux années scolaires différentes ({first} : {first_year}, {other} : {other_year}).</source>
        <translation>The files cover two different school years ({first}: {first_year}, {other}: {other_year}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>exporté le {date}, alors que {first} l&apos;a été le {first_date} : des liens peuvent manquer</source>
        <translation>exported on {date}, whereas {first} was exported on {first_date}: some links may be missing</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>lien vers un élève absent du fichier des élèves</source>
        <translation>link to a pupil who is not in the pupils&apos; file</translation>
    </message>
    <message>
        <location filename="../../importers/siecle_guardians.py" line="+58"/>
        <source>PERSONNE_ID en double</source>
        <translation>duplicate PERSONNE_ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>responsables</source>
        <translation>guardians</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>liens entre élèves et responsables</source>
        <translation>links between pupils and guardians</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PERSONNE sans PERSONNE_ID</source>
        <translation>PERSONNE without PERSONNE_ID</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>identifiant PERSONNE_ID manquant</source>
        <translation>PERSONNE_ID identifier missing</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>lien incomplet (ELEVE_ID ou PERSONNE_ID manquant)</source>
        <translation>incomplete link (ELEVE_ID or PERSONNE_ID missing)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lien vers une personne absente du fichier</source>
        <translation>link to a person who is not in the file</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>RESP_LEGAL illisible {value}</source>
        <translation>unreadable RESP_LEGAL {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ni RESP_LEGAL ni NIVEAU_RESPONSABILITE</source>
        <translation>neither RESP_LEGAL nor NIVEAU_RESPONSABILITE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NIVEAU_RESPONSABILITE illisible {value}</source>
        <translation>unreadable NIVEAU_RESPONSABILITE {value}</translation>
    </message>
    <message>
        <location filename="../../importers/siecle_students.py" line="+50"/>
        <source>ELEVE_ID en double</source>
        <translation>duplicate ELEVE_ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>INE en double avec l&apos;élève ELEVE_ID={id}</source>
        <translation>INE duplicated with the pupil ELEVE_ID={id}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>élèves</source>
        <translation>pupils</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>plusieurs classes ({classes}) : {kept} retenue</source>
        <translation>several classes ({classes}): {kept} kept</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>élèves dans les structures</source>
        <translation>pupils in the structures</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ELEVE sans ELEVE_ID</source>
        <translation>ELEVE without ELEVE_ID</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>identifiant ELEVE_ID manquant</source>
        <translation>ELEVE_ID identifier missing</translation>
    </message>
    <message>
        <location filename="../../importers/text_sanity.py" line="+50"/>
        <source>{file} : {count} nom(s) semblent mal décodés ({examples}) : le fichier a sans doute été converti deux fois ou enregistré dans un autre encodage que celui qu&apos;il déclare. Import arrêté : rien n&apos;a été enregistré. Réexportez le fichier depuis le logiciel d&apos;origine.</source>
        <translation>{file}: {count} name(s) seem wrongly decoded ({examples}): the file was probably converted twice or saved in another encoding than the one it declares. Import stopped: nothing was saved. Export the file again from the original software.</translation>
    </message>
    <message>
        <location filename="../../importers/xml_safety.py" line="+36"/>
        <source>refusée pour des raisons de sécurité</source>
        <translation>refused for security reasons</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>balise mal fermée (la balise fermante ne correspond pas à la balise ouverte)</source>
        <translation>badly closed tag (the closing tag does not match the opening tag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>caractère ou balise invalide, le fichier est mal formé</source>
        <translation>invalid character or tag, the file is malformed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>balise inachevée</source>
        <translation>unfinished tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fichier vide ou tronqué (fin de fichier inattendue)</source>
        <translation>empty or truncated file (unexpected end of file)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>erreur de syntaxe</source>
        <translation>syntax error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contenu inattendu après la fin du document</source>
        <translation>unexpected content after the end of the document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attribut en double</source>
        <translation>duplicate attribute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entité non définie</source>
        <translation>undefined entity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caractère incomplet (problème d&apos;encodage)</source>
        <translation>incomplete character (encoding problem)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>référence à un caractère invalide</source>
        <translation>reference to an invalid character</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encodage déclaré inconnu</source>
        <translation>unknown declared encoding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>l&apos;encodage déclaré ne correspond pas au contenu</source>
        <translation>the declared encoding does not match the content</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>section CDATA non fermée</source>
        <translation>unclosed CDATA section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>déclaration XML mal placée (elle doit ouvrir le fichier)</source>
        <translation>misplaced XML declaration (it must open the file)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>déclaration XML mal formée</source>
        <translation>malformed XML declaration</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{file} : fichier encodé en UTF-16 ; SIECLE exporte en ISO-8859-15 ou en UTF-8 : réexportez-le depuis SIECLE.</source>
        <translation>{file}: file encoded in UTF-16; SIECLE exports in ISO-8859-15 or UTF-8: export it again from SIECLE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}, ligne {line} : le fichier n&apos;est pas encodé en UTF-8 comme il le déclare (caractère accentué invalide) ; réexportez-le depuis SIECLE.</source>
        <translation>{file}, line {line}: the file is not encoded in UTF-8 as it declares (invalid accented character); export it again from SIECLE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>le fichier se déclare en {encoding} mais ses lettres accentuées sont écrites en UTF-8 : il a été lu en UTF-8 (sinon « Léa » serait devenue « LÃ©a ») ; vérifiez les noms accentués</source>
        <translation>the file declares {encoding} but its accented letters are written in UTF-8: it was read as UTF-8 (otherwise “Léa” would have become “LÃ©a”); check the accented names</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file} : encodage « {encoding} » inconnu ou non pris en charge ; SIECLE exporte en ISO-8859-15 ou en UTF-8 : réexportez le fichier depuis SIECLE.</source>
        <translation>{file}: encoding “{encoding}” unknown or not supported; SIECLE exports in ISO-8859-15 or UTF-8: export the file again from SIECLE.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{file} : fichier vide ou tronqué.</source>
        <translation>{file}: empty or truncated file.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>{file} : éléments imbriqués trop profondément ; ce n&apos;est pas un export SIECLE.</source>
        <translation>{file}: elements nested too deeply; this is not a SIECLE export.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>{file} : un enregistrement « {tag} » est anormalement grand ; ce n&apos;est pas un export SIECLE.</source>
        <translation>{file}: a “{tag}” record is abnormally large; this is not a SIECLE export.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{file} : le fichier contient une déclaration d&apos;entités (DTD) {security}.</source>
        <translation>{file}: the file contains an entity declaration (DTD), {security}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} : le fichier déclare des entités XML, {security}.</source>
        <translation>{file}: the file declares XML entities, {security}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} : le fichier fait référence à une ressource externe, {security}.</source>
        <translation>{file}: the file refers to an external resource, {security}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} : encodage illisible ({error}) ; réexportez le fichier depuis SIECLE.</source>
        <translation>{file}: unreadable encoding ({error}); export the file again from SIECLE.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fichier XML mal formé ({error})</source>
        <translation>malformed XML file ({error})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, ligne {line} : {problem}.</source>
        <translation>{file}, line {line}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../letters/errors.py" line="+19"/>
        <source>Impression annulée : aucun fichier n&apos;a été écrit.</source>
        <translation>Printing cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../../letters/fonts.py" line="+25"/>
        <source>Impossible d&apos;imprimer les lettres : la police DejaVu est introuvable sur ce poste (sans elle, le PDF ne contiendrait aucun texte). Installez le paquet fonts-dejavu-core (apt-get install fonts-dejavu-core) ou copiez les fichiers DejaVu dans {folder}.</source>
        <translation>Cannot print the letters: the DejaVu font cannot be found on this workstation (without it, the PDF would contain no text). Install the fonts-dejavu-core package (apt-get install fonts-dejavu-core) or copy the DejaVu files into {folder}.</translation>
    </message>
    <message>
        <location filename="../../messaging/sms_gateway.py" line="+37"/>
        <source>Passerelle SMS non configurée (sms.url).</source>
        <translation>SMS gateway not configured (sms.url).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Jeton de la passerelle SMS absent du trousseau système : enregistrez-le avec « educonnect config set-secret sms » ou dans les réglages de l&apos;envoi des messages.</source>
        <translation>SMS gateway token missing from the system keyring: save it with “educonnect config set-secret sms” or in the message sending settings.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Jeton de la passerelle SMS absent du trousseau système.</source>
        <translation>SMS gateway token missing from the system keyring.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Passerelle SMS injoignable ({detail}).</source>
        <translation>SMS gateway unreachable ({detail}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La passerelle SMS n&apos;a pas répondu à temps ({seconds} s).</source>
        <translation>The SMS gateway did not answer in time ({seconds} s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erreur de communication avec la passerelle SMS ({detail}).</source>
        <translation>Communication error with the SMS gateway ({detail}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTP {status} : {answer}</source>
        <translation>HTTP {status}: {answer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La passerelle SMS redirige ailleurs ({detail}) : vérifiez sms.url.</source>
        <translation>The SMS gateway redirects elsewhere ({detail}): check sms.url.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La passerelle SMS refuse le jeton ({detail}) : vérifiez-le avec « educonnect config set-secret sms ».</source>
        <translation>The SMS gateway refuses the token ({detail}): check it with “educonnect config set-secret sms”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passerelle SMS momentanément indisponible ({detail}).</source>
        <translation>SMS gateway temporarily unavailable ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS refusé par la passerelle ({detail}).</source>
        <translation>SMS refused by the gateway ({detail}).</translation>
    </message>
    <message>
        <location filename="../../messaging/smtp.py" line="+27"/>
        <source>Serveur SMTP {host}:{port} injoignable ({detail}).</source>
        <translation>SMTP server {host}:{port} unreachable ({detail}).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Serveur SMTP non configuré (smtp.host).</source>
        <translation>SMTP server not configured (smtp.host).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mot de passe SMTP absent du trousseau système : enregistrez-le avec « educonnect config set-secret smtp » ou dans les réglages de l&apos;envoi des messages.</source>
        <translation>SMTP password missing from the system keyring: save it with “educonnect config set-secret smtp” or in the message sending settings.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adresse d&apos;expédition non configurée (smtp.from_address).</source>
        <translation>Sender address not configured (smtp.from_address).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse d&apos;expédition incorrecte : {address}.</source>
        <translation>Incorrect sender address: {address}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fichier d&apos;autorité de certification introuvable : {file} (smtp.ca_file).</source>
        <translation>Certificate authority file not found: {file} (smtp.ca_file).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authentification SMTP refusée sans chiffrement : choisissez smtp.security = &quot;starttls&quot; ou &quot;tls&quot;.</source>
        <translation>SMTP authentication refused without encryption: choose smtp.security = &quot;starttls&quot; or &quot;tls&quot;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mot de passe SMTP absent du trousseau système.</source>
        <translation>SMTP password missing from the system keyring.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fichier d&apos;autorité de certification {file} illisible ({detail}).</source>
        <translation>Certificate authority file {file} unreadable ({detail}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>refus</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse refusée par le serveur SMTP ({detail}).</source>
        <translation>Address refused by the SMTP server ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse temporairement refusée par le serveur SMTP ({detail}).</source>
        <translation>Address temporarily refused by the SMTP server ({detail}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message refusé par le serveur SMTP ({detail}).</source>
        <translation>Message refused by the SMTP server ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message temporairement refusé par le serveur SMTP ({detail}).</source>
        <translation>Message temporarily refused by the SMTP server ({detail}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authentification SMTP refusée ({detail}) : vérifiez smtp.username et le mot de passe du trousseau.</source>
        <translation>SMTP authentication refused ({detail}): check smtp.username and the password in the keyring.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serveur SMTP {host}:{port} injoignable (pas de réponse en {seconds} s).</source>
        <translation>SMTP server {host}:{port} unreachable (no answer within {seconds} s).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le serveur SMTP n&apos;a pas répondu à temps ({seconds} s).</source>
        <translation>The SMTP server did not answer in time ({seconds} s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le serveur SMTP ne permet pas ce qui est configuré ({detail}) : vérifiez smtp.security et smtp.username.</source>
        <translation>The SMTP server does not allow what is configured ({detail}): check smtp.security and smtp.username.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Réponse inattendue du serveur SMTP ({detail}).</source>
        <translation>Unexpected answer from the SMTP server ({detail}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erreur SMTP : {detail}.</source>
        <translation>SMTP error: {detail}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connexion chiffrée impossible avec {host} : {detail}.</source>
        <translation>Encrypted connection with {host} impossible: {detail}.</translation>
    </message>
    <message>
        <location filename="../../secret_store.py" line="+59"/>
        <source>Aucun trousseau système disponible (backend : {backend}). Installez ou déverrouillez un trousseau (GNOME Keyring, KWallet...).</source>
        <translation>No system keyring available (backend: {backend}). Install or unlock a keyring (GNOME Keyring, KWallet...).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Le trousseau système ({backend}) a refusé de {action} le secret : {detail}. Déverrouillez-le puis réessayez.</source>
        <translation>The system keyring ({backend}) refused to {action} the secret: {detail}. Unlock it, then try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lire</source>
        <translation>read</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enregistrer</source>
        <translation>save</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>supprimer</source>
        <translation>delete</translation>
    </message>
    <message>
        <location filename="../../sync/conflicts.py" line="+46"/>
        <source>Choisissez la valeur à garder : celle du serveur ou celle du poste.</source>
        <translation>Choose the value to keep: the server&apos;s or the workstation&apos;s.</translation>
    </message>
    <message>
        <location filename="../../sync/engine.py" line="+54"/>
        <source>L&apos;inscription du poste auprès du serveur central est réservée aux administrateurs.</source>
        <translation>Only administrators may enroll the workstation with the central server.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>L&apos;identifiant secret du poste est absent du trousseau : inscrivez ce poste à nouveau.</source>
        <translation>The workstation&apos;s secret identifier is missing from the keyring: enroll this workstation again.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Le serveur n&apos;a pas tout accusé : synchronisation à reprendre.</source>
        <translation>The server did not acknowledge everything: the synchronisation must be run again.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Le poste travaille sans arrêt : la réception reprendra à la prochaine synchronisation.</source>
        <translation>The workstation keeps working: receiving will resume at the next synchronisation.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py" line="+15"/>
        <source>Ce poste n&apos;est inscrit auprès d&apos;aucun serveur central : lancez « educonnect sync enroll --server URL --code CODE ».</source>
        <translation>This workstation is not enrolled with any central server: run “educonnect sync enroll --server URL --code CODE”.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ce poste est déjà inscrit auprès d&apos;un serveur central.</source>
        <translation>This workstation is already enrolled with a central server.</translation>
    </message>
    <message>
        <location filename="../../sync/incoming.py" line="+75"/>
        <source>Les changements reçus du serveur n&apos;ont pas pu être enregistrés : un compte local d&apos;un autre établissement porte le même identifiant ({detail}). Rien n&apos;a été modifié sur ce poste.</source>
        <translation>The changes received from the server could not be saved: a local account of another school has the same identifier ({detail}). Nothing was changed on this workstation.</translation>
    </message>
    <message>
        <location filename="../../sync/transport.py" line="+32"/>
        <source>Adresse de serveur invalide : « {url} » (attendu : https://serveur:8470).</source>
        <translation>Invalid server address: “{url}” (expected: https://server:8470).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le serveur central doit être joint en https (http n&apos;est accepté que vers 127.0.0.1).</source>
        <translation>The central server must be reached over https (http is accepted only towards 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Le certificat du serveur central ({server}) n&apos;est pas reconnu. Si le serveur utilise une autorité privée, inscrivez le poste avec --ca-file FICHIER.pem.</source>
        <translation>The central server&apos;s certificate ({server}) is not recognised. If the server uses a private authority, enroll the workstation with --ca-file FILE.pem.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Serveur central injoignable ({server} : {problem}). Le travail de ce poste est conservé ; réessayez plus tard.</source>
        <translation>Central server unreachable ({server}: {problem}). This workstation&apos;s work is kept; try again later.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificat d&apos;autorité illisible ({file}) : {reason}.</source>
        <translation>Unreadable authority certificate ({file}): {reason}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Le serveur central a refusé la demande (HTTP {status}).</source>
        <translation>The central server refused the request (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/sync_controller.py" line="+35"/>
        <source>Aucun trousseau système n&apos;est ouvert sur ce poste : l&apos;identifiant secret de la synchronisation ne peut être ni gardé ni lu.</source>
        <translation>No system keyring is open on this workstation: the synchronisation&apos;s secret identifier can be neither kept nor read.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Ce poste n&apos;est plus inscrit auprès d&apos;un serveur central.</source>
        <translation>This workstation is no longer enrolled with a central server.</translation>
    </message>
    <message>
        <location filename="../../messaging/delivery.py" line="+33"/>
        <source>Canal non configuré.</source>
        <translation>Channel not configured.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoi interrompu par l&apos;arrêt de l&apos;application.</source>
        <translation>Sending interrupted: the application stopped.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erreur interne ({error}).</source>
        <translation>Internal error ({error}).</translation>
    </message>
    <message>
        <location filename="../../sync/refusals.py" line="+15"/>
        <source>Ce poste a été révoqué par l&apos;administrateur du serveur central. Il continue de fonctionner hors ligne ; pour reprendre la synchronisation, demandez un nouveau code d&apos;inscription.</source>
        <translation>This workstation was revoked by the central server&apos;s administrator. It keeps working offline; to sync again, ask for a new enrollment code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identification du poste refusée par le serveur central. Inscrivez ce poste à nouveau.</source>
        <translation>The central server refused this workstation&apos;s credential. Enroll this workstation again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code d&apos;inscription inconnu, expiré ou déjà utilisé. Demandez un nouveau code à l&apos;administrateur du serveur.</source>
        <translation>Enrollment code unknown, expired or already used. Ask the server&apos;s administrator for a new code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les changements depuis la dernière synchronisation de ce poste ne sont plus conservés par le serveur central : une copie complète de l&apos;établissement va être reprise (les opérations du poste sont envoyées d&apos;abord).</source>
        <translation>The central server no longer keeps the changes since this workstation&apos;s last sync: a full copy of the school will be taken again (this workstation&apos;s operations are sent first).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ce poste utilise une version trop ancienne d&apos;EduConnect Desktop pour se synchroniser. Il continue de fonctionner hors ligne : mettez l&apos;application à jour pour reprendre la synchronisation.</source>
        <translation>This workstation runs a version of EduConnect Desktop too old to sync. It keeps working offline: update the application to sync again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce poste est plus récent que le serveur central : le serveur doit être mis à jour.</source>
        <translation>This workstation is newer than the central server: the server must be updated.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../ui/secretariat/staff_tab.py" line="+27"/>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personnel</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membres du personnel</source>
        <translation>Staff members</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prénom du nouveau membre du personnel</source>
        <translation>First name of the new staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom du nouveau membre du personnel</source>
        <translation>Surname of the new staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rôle du nouveau membre du personnel</source>
        <translation>Role of the new staff member</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter le membre du personnel</source>
        <translation>Add the staff member</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>P&amp;rénom :</source>
        <translation>Fi&amp;rst name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rô&amp;le :</source>
        <translation>Ro&amp;le:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mem&amp;bres du personnel :</source>
        <translation>Staff mem&amp;bers:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{0} {1} est ajouté(e) avec l&apos;identifiant {2}. Remettez-lui son mot de passe provisoire, affiché une seule fois : il devra le changer à sa première connexion.</source>
        <translation>{0} {1} is added with the identifier {2}. Give them their temporary password, shown only once: they will have to change it when they first sign in.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="+103"/>
        <source>Établissement</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+48"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Langue de l&apos;interface (actuelle)</source>
        <translation>Language of the interface (current)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langue de l&apos;interface</source>
        <translation>Language of the interface</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>EduConnect — accueil des familles</source>
        <translation>EduConnect — families&apos; desk</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Services en ligne — EduConnect</source>
        <translation>Online services — EduConnect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un compte unique pour accéder aux services numériques des écoles et des établissements de vos enfants, ou des vôtres.</source>
        <translation>A single account to reach the digital services of your children&apos;s schools and establishments, or your own.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Je &amp;dispose d&apos;un compte EduConnect</source>
        <translation>I &amp;have an EduConnect account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je dispose d&apos;un compte EduConnect</source>
        <translation>I have an EduConnect account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Je &amp;n&apos;ai pas de compte EduConnect</source>
        <translation>I do &amp;not have an EduConnect account</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Je n&apos;ai pas de compte EduConnect</source>
        <translation>I do not have an EduConnect account</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Identifiant perdu</source>
        <translation>Lost &amp;identifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identifiant perdu</source>
        <translation>Lost identifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mot de passe perdu</source>
        <translation>Lost &amp;password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mot de passe perdu</source>
        <translation>Lost password</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>J&apos;ai reçu une &amp;lettre de l&apos;établissement (identifiant et mot de passe provisoire)</source>
        <translation>I received a &amp;letter from the establishment (identifier and temporary password)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activer mon compte avec la lettre de l&apos;établissement</source>
        <translation>Activate my account with the establishment&apos;s letter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je suis &amp;parent et je n&apos;ai pas encore d&apos;identifiant : créer mon compte par SMS</source>
        <translation>I am a &amp;parent and I do not have an identifier yet: create my account by SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créer mon compte parent par SMS</source>
        <translation>Create my parent account by SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>J&apos;avais un &amp;ancien compte ATEN ou ATEN-élève</source>
        <translation>I had an &amp;old ATEN or ATEN-élève account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passer de mon ancien compte ATEN à EduConnect</source>
        <translation>Move from my old ATEN account to EduConnect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Retour</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>StrengthAdvice</name>
    <message>
        <location filename="../../ui/strength_advice.py" line="+13"/>
        <source>Ajoutez un ou deux mots, les mots peu courants sont meilleurs.</source>
        <translation>Add a word or two; uncommon words are better.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisez plusieurs mots peu courants, évitez les expressions toutes faites.</source>
        <translation>Use several uncommon words; avoid common phrases.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Évitez d&apos;utiliser votre nom, votre prénom ou votre identifiant.</source>
        <translation>Avoid using your surname, first name or identifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Évitez d&apos;utiliser votre date de naissance.</source>
        <translation>Avoid using your date of birth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce mot de passe contient le prénom et l&apos;année de naissance d&apos;un enfant.</source>
        <translation>This password contains a child&apos;s first name and year of birth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce mot de passe contient le prénom d&apos;un enfant.</source>
        <translation>This password contains a child&apos;s first name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les suites de touches du clavier comme « azerty » sont faciles à deviner.</source>
        <translation>Keyboard sequences such as « azerty » are easy to guess.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les motifs courts dessinés sur le clavier sont faciles à deviner.</source>
        <translation>Short patterns drawn on the keyboard are easy to guess.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Évitez les suites de touches du clavier.</source>
        <translation>Avoid keyboard sequences.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les répétitions comme « aaa » sont faciles à deviner.</source>
        <translation>Repeats such as « aaa » are easy to guess.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».</source>
        <translation>Repeats such as « abcabcabc » are only slightly harder to guess than « abc ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Évitez les mots et les caractères répétés.</source>
        <translation>Avoid repeated words and characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les suites comme « abc » ou « 6543 » sont faciles à deviner.</source>
        <translation>Sequences such as « abc » or « 6543 » are easy to guess.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Évitez les suites de caractères.</source>
        <translation>Avoid sequences of characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les années récentes sont faciles à deviner.</source>
        <translation>Recent years are easy to guess.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Évitez les années récentes.</source>
        <translation>Avoid recent years.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Évitez les années qui vous concernent.</source>
        <translation>Avoid years that are linked to you.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les dates et les années sont faciles à deviner.</source>
        <translation>Dates and years are easy to guess.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Évitez les dates et les années qui vous concernent.</source>
        <translation>Avoid dates and years that are linked to you.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Des chiffres ou un symbole ajoutés à un mot sont faciles à deviner.</source>
        <translation>Digits or a symbol added to a word are easy to guess.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Évitez de simplement ajouter une année ou « 123 » suivis d&apos;un symbole.</source>
        <translation>Avoid simply adding a year or « 123 » followed by a symbol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceci figure parmi les 10 mots de passe les plus courants.</source>
        <translation>This is one of the 10 most common passwords.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceci figure parmi les 100 mots de passe les plus courants.</source>
        <translation>This is one of the 100 most common passwords.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceci est un mot de passe très courant.</source>
        <translation>This is a very common password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceci ressemble à un mot de passe courant.</source>
        <translation>This looks like a common password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un mot seul est facile à deviner.</source>
        <translation>A single word is easy to guess.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les noms et les prénoms seuls sont faciles à deviner.</source>
        <translation>Surnames and first names on their own are easy to guess.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les noms et les prénoms courants sont faciles à deviner.</source>
        <translation>Common surnames and first names are easy to guess.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une majuscule au début n&apos;aide pas beaucoup.</source>
        <translation>A capital letter at the start does not help much.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tout écrire en majuscules est presque aussi facile à deviner que tout en minuscules.</source>
        <translation>All capitals is almost as easy to guess as all lower case.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les mots écrits à l&apos;envers ne sont pas beaucoup plus difficiles à deviner.</source>
        <translation>Words written backwards are not much harder to guess.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les substitutions prévisibles comme « @ » à la place de « a » n&apos;aident pas beaucoup.</source>
        <translation>Predictable substitutions such as « @ » for « a » do not help much.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/secretariat/sync_status_text.py" line="+46"/>
        <source>à l&apos;instant</source>
        <translation>just now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>il y a {minutes} min</source>
        <translation>{minutes} min ago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>il y a {hours} h</source>
        <translation>{hours} h ago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>il y a {days} jour</source>
        <translation>{days} day ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>il y a {days} jours</source>
        <translation>{days} days ago</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} modification en attente</source>
        <translation>{count} change waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} modifications en attente</source>
        <translation>{count} changes waiting</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Synchronisation : non configurée</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce poste travaille seul : il n&apos;est inscrit auprès d&apos;aucun serveur central.</source>
        <translation>This workstation works on its own: it is not enrolled with any central server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Première synchronisation en cours…</source>
        <translation>First sync in progress…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les comptes de l&apos;établissement arrivent du serveur central ; vous pouvez continuer à travailler.</source>
        <translation>The school&apos;s accounts are arriving from the central server; you can carry on working.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synchronisation en cours…</source>
        <translation>Sync in progress…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hors ligne — {waiting}</source>
        <translation>Offline — {waiting}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hors ligne</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mise à jour nécessaire</source>
        <translation>Update needed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisation impossible</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisé {ago}</source>
        <translation>Synced {ago}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pas encore synchronisé — {waiting}</source>
        <translation>Not synced yet — {waiting}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas encore synchronisé</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} conflit à traiter</source>
        <translation>{count} conflict to settle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} conflits à traiter</source>
        <translation>{count} conflicts to settle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serveur central : {server}.</source>
        <translation>Central server: {server}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dernière synchronisation réussie {ago}.</source>
        <translation>Last successful sync {ago}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le travail de ce poste est conservé et sera envoyé dès que le serveur répondra.</source>
        <translation>This workstation&apos;s work is kept and will be sent as soon as the server answers.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../ui/secretariat/sync_bar.py" line="+20"/>
        <source>Barre d&apos;état de la synchronisation</source>
        <translation>Sync status bar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>État de la synchronisation</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Première synchronisation en cours</source>
        <translation>First sync in progress</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ynchroniser maintenant</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchroniser maintenant</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyer les modifications de ce poste et recevoir celles des autres (Alt+Y)</source>
        <translation>Send this workstation&apos;s changes and receive the others&apos; (Alt+Y)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <location filename="../../ui/registration/unavailable_page.py" line="+18"/>
        <source>Créer mon compte</source>
        <translation>Create my account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;La création de compte par SMS est indisponible sur ce poste pour le moment.&lt;/p&gt;&lt;p&gt;Utilisez l&apos;identifiant et le mot de passe provisoire de la lettre remise par l&apos;établissement, ou adressez-vous au secrétariat.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Creating an account by SMS is unavailable on this computer for the moment.&lt;/p&gt;&lt;p&gt;Use the identifier and temporary password of the letter given by the establishment, or contact the secretariat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Création de compte par SMS indisponible</source>
        <translation>Account creation by SMS unavailable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>J&apos;ai une &amp;lettre de l&apos;établissement</source>
        <translation>I have a &amp;letter from the establishment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activer mon compte avec la lettre de l&apos;établissement</source>
        <translation>Activate my account with the establishment&apos;s letter</translation>
    </message>
</context>
<context>
    <name>WizardButtons</name>
    <message>
        <location filename="../../ui/wizard_support.py" line="+137"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Précédent</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/secretariat/workspace.py" line="+47"/>
        <source>{0} {1} — {2}</source>
        <translation>{0} {1} — {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personne connectée</source>
        <translation>Signed-in person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Importer un export SIECLE / ONDE…</source>
        <translation>&amp;Import a SIECLE / ONDE export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&amp;ettres d&apos;une classe…</source>
        <translation>Class l&amp;etters…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accueil des &amp;familles</source>
        <translation>&amp;Families&apos; desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir l&apos;accueil des familles</source>
        <translation>Open the families&apos; desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verrouille votre session, puis ouvre l&apos;accueil des familles</source>
        <translation>Locks your session, then opens the families&apos; desk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Config&amp;uration de l&apos;envoi des messages…</source>
        <translation>Messa&amp;ge sending settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration de l&apos;envoi des messages</source>
        <translation>Message sending settings</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Configurer la s&amp;ynchronisation…</source>
        <translation>Set up s&amp;ync…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscrire ce poste au serveur central</source>
        <translation>Enroll this workstation with the central server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscrire ce poste au serveur central de l&apos;académie (Alt+Y)</source>
        <translation>Enroll this workstation with the académie&apos;s central server (Alt+Y)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Verrouiller</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verrouiller la session</source>
        <translation>Lock the session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verrouiller la session (Ctrl+L)</source>
        <translation>Lock the session (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se &amp;déconnecter</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Se déconnecter</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Onglets de l&apos;espace du secrétariat</source>
        <translation>Secretariat&apos;s workspace tabs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Comptes</source>
        <translation>&amp;Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journal d&apos;audit</source>
        <translation>A&amp;udit log</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Personnel</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Espace du secrétariat</source>
        <translation>Secretariat&apos;s workspace</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+4"/>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflits ({0})</source>
        <translation>Conflicts ({0})</translation>
    </message>
</context>
</TS>
