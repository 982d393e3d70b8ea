<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="fr">
<context>
    <name>AccountDetails</name>
    <message>
        <location filename="../../ui/secretariat/account_details.py" line="+17"/>
        <source>Responsable légal 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable légal 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autre contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Niveau {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signalé comme erroné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>non validé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1} ({2}) — {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Aucune</source>
        <translation type="unfinished">لا يوجد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bloqué après trop d&apos;essais infructueux, jusqu&apos;au {0} à {1} (« Débloquer » le libère)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mot de passe choisi par la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mot de passe provisoire</source>
        <translation type="unfinished">كلمة المرور المؤقتة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe provisoire valable jusqu&apos;au {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDetailsView</name>
    <message>
        <location line="+8"/>
        <source>Nom</source>
        <translation type="unfinished">الاسم العائلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant</source>
        <translation type="unfinished">المعرّف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Établissement</source>
        <translation type="unfinished">المؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe</source>
        <translation type="unfinished">كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernière connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Représentants légaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Élèves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sélectionnez un compte dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source> (nom d&apos;usage : {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Jamais</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../../ui/secretariat/account_panel.py" line="+35"/>
        <source>Compte sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Réi&amp;nitialiser le mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Réinitialiser le mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Dé&amp;bloquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Débloquer le compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Dé&amp;sactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+41"/>
        <location line="+97"/>
        <source>Désactiver le compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Corri&amp;ger les liens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corriger les liens entre élèves et représentants légaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Détails du compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Réactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Réactiver le compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Un nouveau mot de passe provisoire va être créé pour {0} {1} ({2}). L&apos;ancien mot de passe ne fonctionnera plus. La lettre à lui remettre sera enregistrée en PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Réinitialiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mot de passe réinitialisé. Lettre enregistrée : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Le mot de passe a été réinitialisé, mais la lettre n&apos;a pas pu être enregistrée : {0} Réinitialisez-le à nouveau pour obtenir une lettre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compte débloqué : {0} peut à nouveau se connecter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le compte {0} {1} ({2}) ne pourra plus se connecter tant qu&apos;il n&apos;est pas réactivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compte désactivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compte réactivé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/secretariat/accounts_model.py" line="+56"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom</source>
        <translation type="unfinished">الاسم العائلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation type="unfinished">الاسم الشخصي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant</source>
        <translation type="unfinished">المعرّف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernière connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Établissement</source>
        <translation type="unfinished">المؤسسة</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../ui/secretariat/accounts_tab.py" line="+47"/>
        <source>Rechercher un compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom, prénom ou identifiant ; les accents sont facultatifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom, prénom ou identifiant (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filtrer par type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tous les types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtrer par classe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Toutes les classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtrer par état</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tous les états</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nombre de comptes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comptes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rec&amp;hercher :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;lasse :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ét&amp;at :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Recherche…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../../ui/recovery/address_page.py" line="+27"/>
        <source>Identifiant perdu</source>
        <translation>المعرّف المفقود</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Adresse e-mail</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>&amp;Adresse e-mail :</source>
        <translation>&amp;عنوان البريد الإلكتروني:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Recevoir mon identifiant</source>
        <translation>&amp;استلام معرّفي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indiquez le numéro de téléphone portable que vous avez confirmé dans votre compte de parent.</source>
        <translation>أدخل رقم الهاتف المحمول الذي أكدته في حساب وليّ الأمر الخاص بك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Téléphone portable :</source>
        <translation>الهاتف ال&amp;محمول:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Téléphone portable</source>
        <translation>الهاتف المحمول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indiquez l&apos;adresse e-mail que vous avez confirmée dans votre compte.</source>
        <translation>أدخل عنوان البريد الإلكتروني الذي أكدته في حسابك.</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../../ui/recovery/answer_view.py" line="+19"/>
        <source>Réponse à votre demande</source>
        <translation>الرد على طلبك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sans adresse ni portable confirmé</source>
        <translation>بلا عنوان ولا هاتف محمول مؤكَّد</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../core/audit_labels.py" line="+15"/>
        <source>Connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte activé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charte acceptée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enfants confirmés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte fermé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte désactivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte réactivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changement d&apos;adresse e-mail demandé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation d&apos;adresse e-mail renvoyée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse e-mail confirmée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changement de portable demandé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable confirmé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe modifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe réinitialisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte débloqué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lien avec un enfant signalé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lien signalé examiné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptes fusionnés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réglage modifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret modifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clé de la base de données exportée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clé de la base de données importée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Démonstration chargée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anciens comptes ATEN importés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connexion avec un ancien compte ATEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lettres éditées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lien élève – représentant retiré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lien élève – représentant enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoi de message échoué (nouvel essai prévu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message annulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message en échec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message mis en file d&apos;attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message remis en file d&apos;attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message envoyé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message de test envoyé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte effacé (RGPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Données d&apos;une famille exportées (droit d&apos;accès)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purge des données périmées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant perdu</source>
        <translation type="unfinished">المعرّف المفقود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe réinitialisé (mot de passe perdu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe perdu : code demandé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe perdu : code saisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Création de compte : code SMS vérifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Création de compte : code SMS demandé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Création de compte : parent identifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import SIECLE / ONDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premier administrateur créé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnel ajouté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action refusée (droits insuffisants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflit de synchronisation tranché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable rattaché au compte qu&apos;il a dans un autre établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poste inscrit auprès du serveur central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connexions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enfants (signalements, fusions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liens élève – représentant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant ou mot de passe perdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Création de compte par SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports SIECLE / ONDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lettres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anciens comptes ATEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Établissements</source>
        <translation type="unfinished">المؤسسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages de test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vie privée (export, effacement, purges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base de données (clé de chiffrement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>état</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>état précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message n°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>champs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>élèves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>représentants légaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>essais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bloqué jusqu&apos;à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adresse e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>représentant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niveau de responsabilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mis à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liens ajoutés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liens modifiés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liens retirés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lignes refusées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mots de passe provisoires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>réglage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflit n°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valeur gardée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identifiant créé sur ce poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>déjà utilisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identifiant ou mot de passe incorrect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compte désactivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fusionné avec un autre compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mot de passe provisoire expiré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seul lien de l&apos;élève</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aucun compte correspondant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mot de passe actuel incorrect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lettre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>réinitialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ancien compte ATEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>création par SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIECLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ONDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> ; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/secretariat/audit_view.py" line="+67"/>
        <location line="+27"/>
        <source>Compte concerné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Identifiant exact, par exemple l.martin1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Identifiant exact de la personne qui a agi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type d&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une famille d&apos;actions, ou le début d&apos;un code, par exemple account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toutes les actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Éc&amp;hecs seulement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échecs seulement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filt&amp;rer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliquer les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actua&amp;liser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actualiser le journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plus a&amp;nciens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher les événements plus anciens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Événements du journal d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date et heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Détails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>État du journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compte c&amp;oncerné :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Auteur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type d&apos;action :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Événements (du plu&amp;s récent au plus ancien) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{0} événement(s) affiché(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun événement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>succès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>échec</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthDatesEditor</name>
    <message>
        <location filename="../../ui/registration/birth_dates.py" line="+45"/>
        <source>jj/mm/aaaa</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retirer</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enfant {0}{1} :</source>
        <translation>الطفل {0}{1}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de naissance de l&apos;enfant {0}</source>
        <translation>تاريخ ميلاد الطفل ⁨{0}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au format jj/mm/aaaa</source>
        <translation>بصيغة يوم/شهر/سنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer l&apos;enfant {0}</source>
        <translation>إزالة الطفل ⁨{0}⁩</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Format des dates</source>
        <translation>صيغة التواريخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ajouter un &amp;enfant</source>
        <translation>إضافة &amp;طفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter un enfant</source>
        <translation>إضافة طفل</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Enfant {0} : {1}</source>
        <translation>الطفل ⁨{0}⁩: ⁨{1}⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Une date par enfant, au format jj/mm/aaaa (par exemple 14/03/2012).</source>
        <translation>تاريخ واحد لكل طفل، بصيغة يوم/شهر/سنة (مثلاً 14/03/2012).</translation>
    </message>
</context>
<context>
    <name>ChannelChoice</name>
    <message>
        <location filename="../../ui/recovery/channel_choice.py" line="+20"/>
        <source>Par &amp;e-mail</source>
        <translation>عبر البريد ال&amp;إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par e-mail</source>
        <translation>عبر البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par S&amp;MS (parents)</source>
        <translation>عبر &amp;رسالة SMS (أولياء الأمور)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par SMS (parents)</source>
        <translation>عبر رسالة SMS (أولياء الأمور)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au numéro de portable confirmé d&apos;un compte de parent</source>
        <translation>إلى رقم الهاتف المحمول المؤكَّد في حساب وليّ أمر</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&apos;envoi par SMS est indisponible sur ce poste pour le moment.</source>
        <translation>الإرسال عبر رسائل SMS غير متاح على هذا الجهاز حالياً.</translation>
    </message>
</context>
<context>
    <name>ChannelPage</name>
    <message>
        <location filename="../../ui/recovery/channel_page.py" line="+21"/>
        <source>Identifiant perdu</source>
        <translation>المعرّف المفقود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votre identifiant peut vous être envoyé à l&apos;adresse e-mail que vous avez confirmée dans votre compte ou, si vous êtes parent, au numéro de portable confirmé. Comment souhaitez-vous le recevoir ?</source>
        <translation>يمكن إرسال معرّفك إلى عنوان البريد الإلكتروني الذي أكدته في حسابك، أو إلى رقم الهاتف المحمول المؤكَّد إن كنت وليّ أمر. كيف تريد استلامه؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recevoir mon identifiant</source>
        <translation>استلام معرّفي</translation>
    </message>
</context>
<context>
    <name>CharterPage</name>
    <message>
        <location filename="../../ui/login/charter_page.py" line="+34"/>
        <source>Charte informatique</source>
        <translation>ميثاق استخدام المعلوماتية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Lisez la charte d&apos;utilisation des services numériques de l&apos;établissement, puis acceptez-la pour continuer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;اقرأ ميثاق استخدام الخدمات الرقمية للمؤسسة، ثم وافق عليه للمتابعة.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charte informatique de l&apos;établissement</source>
        <translation>ميثاق المعلوماتية للمؤسسة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>J&apos;ai &amp;lu et j&apos;accepte la charte informatique de l&apos;établissement</source>
        <translation>&amp;قرأت ميثاق المعلوماتية للمؤسسة وأوافق عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai lu et j&apos;accepte la charte informatique de l&apos;établissement</source>
        <translation>قرأت ميثاق المعلوماتية للمؤسسة وأوافق عليه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Charte :</source>
        <translation>ال&amp;ميثاق:</translation>
    </message>
</context>
<context>
    <name>ChildCardBox</name>
    <message>
        <location filename="../../ui/my_account/child_card.py" line="+33"/>
        <source>Date de naissance : {0}</source>
        <translation>تاريخ الميلاد: ⁨{0}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Établissement : {0}</source>
        <translation>المؤسسة: ⁨{0}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classe : {0}</source>
        <translation>القسم: ⁨{0}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Je ne suis pas le représentant légal de cet élève</source>
        <translation>لست الوليّ الشرعي لهذا التلميذ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Je ne suis pas le représentant légal de {0}</source>
        <translation>لست الوليّ الشرعي لـ ⁨{0}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirmation demandée</source>
        <translation>مطلوب التأكيد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}
Vous confirmez ne pas être le représentant légal de {1} ? Si un autre représentant légal lui est rattaché, cet élève ne sera plus rattaché à votre compte ; sinon, adressez-vous à l&apos;établissement.</source>
        <translation>⁨{0}⁩
هل تؤكد أنك لست الوليّ الشرعي لـ ⁨{1}⁩؟ إذا كان هناك وليّ شرعي آخر مرتبط به، فلن يبقى هذا التلميذ مرتبطاً بحسابك؛ وإلا فتوجّه إلى المؤسسة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmer</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmer : je ne suis pas le représentant légal de {0}</source>
        <translation>تأكيد: لست الوليّ الشرعي لـ ⁨{0}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler le signalement</source>
        <translation>إلغاء الإبلاغ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>S&apos;il y a un seul lien responsable-élève, l&apos;action ne sera pas prise en compte.</source>
        <translation>إذا كان هناك رابط واحد فقط بين الوليّ والتلميذ، فلن يؤخذ الإجراء بعين الاعتبار.</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <location filename="../../ui/login/children_page.py" line="+31"/>
        <source>Confirmez vos enfants</source>
        <translation>أكّد أطفالك</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;p&gt;Pour confirmer que vous êtes bien le responsable de l&apos;élève rattaché à votre compte, saisissez sa date de naissance (jj/mm/aaaa).&lt;/p&gt;</source>
        <translation>&lt;p&gt;لتأكيد أنك فعلاً وليّ أمر التلميذ المرتبط بحسابك، أدخل تاريخ ميلاده (يوم/شهر/سنة).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Pour confirmer que vous êtes bien le responsable des {0} élèves rattachés à votre compte, saisissez leurs dates de naissance, dans l&apos;ordre que vous voulez (jj/mm/aaaa).&lt;/p&gt;</source>
        <translation>&lt;p&gt;لتأكيد أنك فعلاً وليّ أمر التلاميذ الـ ⁨{0}⁩ المرتبطين بحسابك، أدخل تواريخ ميلادهم بالترتيب الذي تريده (يوم/شهر/سنة).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>l&apos;enfant {0}</source>
        <translation>الطفل ⁨{0}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date de naissance de {0}</source>
        <translation>تاريخ ميلاد ⁨{0}⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format jj/mm/aaaa</source>
        <translation>الصيغة يوم/شهر/سنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jj/mm/aaaa</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enfant {0}</source>
        <translation>الطفل ⁨{0}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}{1} — date de naissance :</source>
        <translation>{0}{1} — تاريخ الميلاد:</translation>
    </message>
</context>
<context>
    <name>ChildrenTab</name>
    <message>
        <location filename="../../ui/my_account/children_tab.py" line="+33"/>
        <source>&lt;b&gt;Vos enfants&lt;/b&gt;</source>
        <translation>&lt;b&gt;أطفالك&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun élève n&apos;est rattaché à votre compte.</source>
        <translation>لا يوجد أي تلميذ مرتبط بحسابك.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{0} n&apos;est plus rattaché(e) à votre compte.</source>
        <translation>لم يعد ⁨{0}⁩ مرتبطاً بحسابك.</translation>
    </message>
</context>
<context>
    <name>ChoosePasswordPage</name>
    <message>
        <location filename="../../ui/registration/password_page.py" line="+33"/>
        <source>Choisir mon mot de passe</source>
        <translation>اختيار كلمة المرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez un mot de passe personnel : au moins 8 caractères, dont 3 types parmi minuscules, majuscules, chiffres et caractères spéciaux. Ne le communiquez à personne.</source>
        <translation>اختر كلمة مرور شخصية: 8 أحرف على الأقل، تتضمن 3 أنواع من بين الأحرف الصغيرة والأحرف الكبيرة والأرقام والرموز الخاصة. لا تُطلع عليها أحداً.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Valider mon mot de passe</source>
        <translation>&amp;تأكيد كلمة المرور</translation>
    </message>
</context>
<context>
    <name>ClassLettersDialog</name>
    <message>
        <location filename="../../ui/secretariat/class_letters_dialog.py" line="+46"/>
        <source>Imprimer des lettres de notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attention : chaque lettre donne un NOUVEAU mot de passe provisoire. Le mot de passe précédent (lettre déjà distribuée ou mot de passe choisi par la personne) cesse aussitôt de fonctionner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avertissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les élèves de la classe, par ordre alphabétique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— aucune classe —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Élèves ou représentants légaux, séparés par des espaces ou des retours à la ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ex. l.martin1 s.martin1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lettres prévues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fichier écrit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Générer le PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Générer le PDF des lettres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fer&amp;mer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Classe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identifiants :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source> ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} élève(s) de la classe {1}{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} compte(s) désigné(s) par leur identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lettres prévues : {0} lettre(s) — {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> et </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Préparation des mots de passe provisoires…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lettres enregistrées dans {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Impression annulée : aucun mot de passe n&apos;a été changé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écriture des {0} lettre(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} Les mots de passe provisoires ont déjà été renouvelés : générez le PDF à nouveau pour avoir des lettres valables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impression annulée : aucun fichier n&apos;a été écrit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeEdit</name>
    <message>
        <location filename="../../ui/code_field.py" line="+20"/>
        <source>Vous avez collé un lien, pas un code : saisissez le code à 6 chiffres indiqué dans le même message.</source>
        <translation>لقد لصقت رابطاً وليس رمزاً: أدخل الرمز المكوّن من 6 أرقام الوارد في الرسالة نفسها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le texte collé n&apos;est pas un code : le code compte 6 chiffres.</source>
        <translation>النص الملصق ليس رمزاً: يتكوّن الرمز من 6 أرقام.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Code à 6 chiffres</source>
        <translation>رمز من 6 أرقام</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../ui/registration/code_page.py" line="+32"/>
        <source>Saisissez le code reçu par SMS</source>
        <translation>أدخل الرمز الذي وصلك عبر SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoi du code</source>
        <translation>إرسال الرمز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code reçu par SMS</source>
        <translation>الرمز الوارد عبر SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les 6 chiffres du code reçu par SMS</source>
        <translation>الأرقام الستة للرمز الوارد عبر SMS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Renvoyer le code</source>
        <translation>إعادة &amp;إرسال الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renvoyer le code</source>
        <translation>إعادة إرسال الرمز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Code reçu par SMS :</source>
        <translation>ال&amp;رمز الوارد عبر SMS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de naissance de chacun de vos enfants</source>
        <translation>تاريخ ميلاد كل طفل من أطفالك</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Vérifier</source>
        <translation>&amp;تحقّق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Si ce numéro est celui que vous avez donné à l&apos;établissement, un nouveau code a été envoyé au {0}, valable {1}.</source>
        <translation>إذا كان هذا الرقم هو الذي أعطيته للمؤسسة، فقد أُرسل رمز جديد إلى ⁨{0}⁩، صالح لمدة ⁨{1}⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si ce numéro est celui que vous avez donné à l&apos;établissement, un code a été envoyé au {0}, valable {1}.</source>
        <translation>إذا كان هذا الرقم هو الذي أعطيته للمؤسسة، فقد أُرسل رمز إلى ⁨{0}⁩، صالح لمدة ⁨{1}⁩.</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../ui/secretariat/conflicts_tab.py" line="+35"/>
        <source>Compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Valeur du poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+42"/>
        <source>Valeur du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Envoyée par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+2"/>
        <source>Conflits à traiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qui et quand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pourquoi le serveur n&apos;a pas choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Garder la valeur du &amp;serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garder la valeur du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garder la valeur du pos&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garder la valeur du poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le conflit choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ce poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le poste « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choisissez un conflit (flèches), puis la valeur à garder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun conflit à traiter : les postes de l&apos;établissement sont d&apos;accord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 conflit à traiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} conflits à traiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opération refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Le poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>une opération</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ce poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>le poste « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} de {1} : envoyé par {2} le {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Règle : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garder la valeur de ce pos&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garder la valeur du pos&amp;te « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>la valeur du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>la valeur du poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflit tranché ({0} : {1}) : {2} est gardée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../ui/credentials_view.py" line="+23"/>
        <source>Identifiants et mots de passe provisoires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../../ui/legacy/credentials_page.py" line="+28"/>
        <source>Mon ancien compte</source>
        <translation>حسابي القديم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saisissez l&apos;identifiant et le mot de passe de votre ancien compte ATEN (parents) ou ATEN-élève. Vous recevrez votre identifiant EduConnect et choisirez un nouveau mot de passe. L&apos;ancien compte ne pourra plus servir ensuite.</source>
        <translation>أدخل معرّف وكلمة مرور حسابك القديم ATEN (أولياء الأمور) أو ATEN-élève. ستحصل على معرّفك في EduConnect وتختار كلمة مرور جديدة. لن يعود بالإمكان استخدام الحساب القديم بعد ذلك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ancien identifiant</source>
        <translation>المعرّف القديم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ancien mot de passe</source>
        <translation>كلمة المرور القديمة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ancien &amp;identifiant :</source>
        <translation>ال&amp;معرّف القديم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ancien &amp;mot de passe :</source>
        <translation>&amp;كلمة المرور القديمة:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Suivant &gt;</source>
        <translation>ال&amp;تالي &gt;</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/secretariat/dialogs.py" line="+38"/>
        <location line="+1"/>
        <source>Annuler</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enregistrer les données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Données (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer la lettre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/registration/done_page.py" line="+23"/>
        <location line="+1"/>
        <source>Votre compte est activé</source>
        <translation>تم تفعيل حسابك</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Terminer</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Votre compte EduConnect est activé.&lt;/p&gt;&lt;p&gt;Votre identifiant : &lt;b&gt;{0}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Connectez-vous désormais avec cet identifiant et le mot de passe que vous venez de choisir.&lt;/p&gt;</source>
        <translation>&lt;p&gt;تم تفعيل حسابك في EduConnect.&lt;/p&gt;&lt;p&gt;معرّفك: &lt;b&gt;⁨{0}⁩&lt;/b&gt;&lt;/p&gt;&lt;p&gt;سجّل الدخول من الآن فصاعداً بهذا المعرّف وبكلمة المرور التي اخترتها للتو.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Votre identifiant : {0}</source>
        <translation>معرّفك: ⁨{0}⁩</translation>
    </message>
</context>
<context>
    <name>EmailChangePanel</name>
    <message>
        <location filename="../../ui/my_account/email_change.py" line="+32"/>
        <source>Modifier mon adresse e-mai&amp;l</source>
        <translation>تغيير عنوان بريدي الإل&amp;كتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier mon adresse e-mail</source>
        <translation>تغيير عنوان بريدي الإلكتروني</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nouvelle adresse e-mail</source>
        <translation>عنوان البريد الإلكتروني الجديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation de la nouvelle adresse e-mail</source>
        <translation>تأكيد عنوان البريد الإلكتروني الجديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prenom.nom@exemple.fr</source>
        <translation>prenom.nom@exemple.fr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continuer</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuer vers la vérification</source>
        <translation>المتابعة إلى التحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler la modification de l&apos;adresse</source>
        <translation>إلغاء تغيير العنوان</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nouvelle adresse :</source>
        <translation>العنوان ال&amp;جديد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;firmation de l&apos;adresse :</source>
        <translation>تأكيد ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Vérifiez avant l&apos;envoi&lt;/b&gt;</source>
        <translation>&lt;b&gt;تحقّق قبل الإرسال&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ancienne adresse</source>
        <translation>العنوان القديم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle adresse</source>
        <translation>العنوان الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce qui sera envoyé</source>
        <translation>ما سيتم إرساله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envo&amp;yer</source>
        <translation>إر&amp;سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyer l&apos;e-mail de validation</source>
        <translation>إرسال رسالة التحقق الإلكترونية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hanger l&apos;adresse</source>
        <translation>&amp;تغيير العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changer l&apos;adresse</source>
        <translation>تغيير العنوان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identifiant :</source>
        <translation>المعرّف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ancienne adresse :</source>
        <translation>العنوان القديم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle adresse :</source>
        <translation>العنوان الجديد:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Aucune</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un e-mail de validation sera envoyé à la nouvelle adresse, et un e-mail d&apos;information à l&apos;ancienne. L&apos;ancienne adresse reste utilisée tant que la nouvelle n&apos;est pas confirmée.</source>
        <translation>ستُرسل رسالة تحقق إلى العنوان الجديد، ورسالة إعلام إلى العنوان القديم. يبقى العنوان القديم مستخدماً ما دام العنوان الجديد غير مؤكَّد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un e-mail de validation sera envoyé à cette adresse.</source>
        <translation>ستُرسل رسالة تحقق إلى هذا العنوان.</translation>
    </message>
</context>
<context>
    <name>EmailConfirmationPage</name>
    <message>
        <location filename="../../ui/login/email_confirmation_page.py" line="+31"/>
        <source>Validez votre adresse e-mail</source>
        <translation>أكّد عنوان بريدك الإلكتروني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code reçu par e-mail</source>
        <translation>الرمز الوارد عبر البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code à 6 chiffres</source>
        <translation>رمز من 6 أرقام</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Renvoyer un e-mail de validation</source>
        <translation>إ&amp;عادة إرسال رسالة التحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renvoyer un e-mail de validation</source>
        <translation>إعادة إرسال رسالة التحقق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plus &amp;tard</source>
        <translation>لا&amp;حقاً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plus tard : valider l&apos;adresse à la prochaine connexion</source>
        <translation>لاحقاً: تأكيد العنوان عند تسجيل الدخول القادم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Code reçu :</source>
        <translation>ال&amp;رمز الوارد:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;p&gt;Un e-mail a été envoyé à &lt;b&gt;{0}&lt;/b&gt; : saisissez le code reçu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;أُرسلت رسالة إلكترونية إلى &lt;b&gt;⁨{0}⁩&lt;/b&gt;: أدخل الرمز الوارد فيها.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Un e-mail a été envoyé à l&apos;adresse que vous avez indiquée : saisissez le code reçu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;أُرسلت رسالة إلكترونية إلى العنوان الذي أدخلته: أدخل الرمز الوارد فيها.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Vous ne le trouvez pas ? Regardez dans les courriers indésirables, ou demandez un nouvel e-mail.&lt;/p&gt;</source>
        <translation>&lt;p&gt;لم تجدها؟ ابحث في البريد غير المرغوب فيه، أو اطلب رسالة جديدة.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Un nouvel e-mail de validation a été envoyé. Seul le code de ce dernier e-mail est valable.</source>
        <translation>أُرسلت رسالة تحقق جديدة. الرمز الوارد في هذه الرسالة الأخيرة وحده صالح.</translation>
    </message>
</context>
<context>
    <name>EmailPage</name>
    <message>
        <location filename="../../ui/login/email_page.py" line="+20"/>
        <source>Votre adresse e-mail</source>
        <translation>عنوان بريدك الإلكتروني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Indiquez une adresse e-mail personnelle. Une fois validée, votre adresse vous permettra de récupérer votre identifiant ou votre mot de passe en cas d&apos;oubli.&lt;/p&gt;</source>
        <translation>&lt;p&gt;أدخل عنوان بريد إلكتروني شخصياً. بعد تأكيده، سيتيح لك استعادة معرّفك أو كلمة مرورك إذا نسيتهما.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse e-mail</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation de l&apos;adresse e-mail</source>
        <translation>تأكيد عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prenom.nom@exemple.fr</source>
        <translation>prenom.nom@exemple.fr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plus &amp;tard</source>
        <translation>لا&amp;حقاً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plus tard : indiquer une adresse à la prochaine connexion</source>
        <translation>لاحقاً: إدخال عنوان عند تسجيل الدخول القادم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Adresse e-mail :</source>
        <translation>&amp;عنوان البريد الإلكتروني:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onfirmation de l&apos;adresse :</source>
        <translation>تأ&amp;كيد العنوان:</translation>
    </message>
</context>
<context>
    <name>EmailSection</name>
    <message>
        <location filename="../../ui/my_account/email_section.py" line="+29"/>
        <location line="+2"/>
        <source>Adresse e-mail</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse en attente de confirmation</source>
        <translation>عنوان في انتظار التأكيد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renvoyer un e-mail de &amp;validation</source>
        <translation>إعادة إرسال رسالة ال&amp;تحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renvoyer un e-mail de validation</source>
        <translation>إعادة إرسال رسالة التحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code reçu par e-mail</source>
        <translation>الرمز الوارد عبر البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valider le code</source>
        <translation>تأكيد الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valider le code reçu par e-mail</source>
        <translation>تأكيد الرمز الوارد عبر البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Code reçu par e-mail :</source>
        <translation>ال&amp;رمز الوارد عبر البريد الإلكتروني:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Aucune adresse e-mail</source>
        <translation>لا يوجد عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une adresse e-mail est en attente de confirmation : {0}</source>
        <translation>عنوان بريد إلكتروني في انتظار التأكيد: ⁨{0}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adresse e-mail confirmée : {0}</source>
        <translation>عنوان البريد الإلكتروني المؤكَّد: ⁨{0}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une adresse e-mail est en attente de confirmation : {0}
L&apos;adresse actuelle reste utilisée tant que la nouvelle n&apos;est pas confirmée.</source>
        <translation>عنوان بريد إلكتروني في انتظار التأكيد: ⁨{0}⁩
يبقى العنوان الحالي مستخدماً ما دام العنوان الجديد غير مؤكَّد.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Un e-mail de validation a été envoyé à {0} : saisissez le code reçu.</source>
        <translation>أُرسلت رسالة تحقق إلى ⁨{0}⁩: أدخل الرمز الوارد فيها.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Un nouvel e-mail de validation a été envoyé. Seul le code de ce dernier e-mail est valable.</source>
        <translation>أُرسلت رسالة تحقق جديدة. الرمز الوارد في هذه الرسالة الأخيرة وحده صالح.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Votre adresse e-mail est confirmée.</source>
        <translation>تم تأكيد عنوان بريدك الإلكتروني.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/secretariat/enroll_dialog.py" line="+35"/>
        <source>Le serveur central ({0}) ne répond pas. Vérifiez l&apos;adresse (par exemple https://central.ac-academie.fr:8470) et la connexion réseau du poste, puis réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le certificat du serveur central n&apos;est pas reconnu. Si le serveur utilise une autorité de certification privée, choisissez son certificat (fichier .pem) dans « Certificat de l&apos;autorité » ; sinon, vérifiez l&apos;adresse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} Choisissez le fichier .pem remis par l&apos;administrateur du serveur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code d&apos;inscription refusé : il est inconnu, expiré (valable 24 h) ou déjà utilisé. Vérifiez-le ou demandez un nouveau code à l&apos;administrateur du serveur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificat de l&apos;autorité du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Choisir le certificat de l&apos;autorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Certificats (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inscrire ce poste au serveur central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adresse du serveur central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://central.ac-academie.fr:8470</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code d&apos;inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificat de l&apos;autorité (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facultatif : fichier .pem d&apos;une autorité privée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <source>&amp;Inscrire le poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Inscrire le poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annuler</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>L&apos;administrateur du serveur central de l&apos;académie vous donne son adresse et un code d&apos;inscription (valable 24 heures, une seule fois). Une fois inscrit, ce poste envoie ses modifications et reçoit celles des autres postes de l&apos;établissement ; il continue de fonctionner hors ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Adresse du serveur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code d&apos;inscription :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cer&amp;tificat de l&apos;autorité :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Inscription en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Indiquez l&apos;adresse du serveur et le code d&apos;inscription.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyMessages</name>
    <message>
        <location filename="../../core/contact.py" line="+82"/>
        <source>Veuillez saisir un numéro de téléphone.</source>
        <translation>يُرجى إدخال رقم هاتف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le numéro de téléphone « {number} » n&apos;est pas valide.</source>
        <translation>رقم الهاتف «⁨{number}⁩» غير صالح.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ce numéro n&apos;est pas un numéro de portable : les SMS ne peuvent être envoyés qu&apos;à un portable.</source>
        <translation>هذا الرقم ليس رقم هاتف محمول: لا يمكن إرسال رسائل SMS إلا إلى هاتف محمول.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Veuillez saisir une adresse e-mail.</source>
        <translation>يُرجى إدخال عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L&apos;adresse e-mail « {address} » n&apos;est pas valide (exemple attendu : prenom.nom@exemple.fr).</source>
        <translation>عنوان البريد الإلكتروني «⁨{address}⁩» غير صالح (مثال على الصيغة المطلوبة: prenom.nom@exemple.fr).</translation>
    </message>
    <message>
        <location filename="../../core/otp.py" line="+88"/>
        <source>Ce code a déjà été utilisé.</source>
        <translation>سبق استخدام هذا الرمز.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trop d&apos;essais : ce code n&apos;est plus valable. Demandez-en un nouveau.</source>
        <translation>محاولات كثيرة جداً: لم يعد هذا الرمز صالحاً. اطلب رمزاً جديداً.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ce code a expiré. Demandez-en un nouveau.</source>
        <translation>انتهت صلاحية هذا الرمز. اطلب رمزاً جديداً.</translation>
    </message>
    <message>
        <location filename="../../core/passwords.py" line="+68"/>
        <source>Une lettre minuscule</source>
        <translation>حرف صغير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une lettre majuscule</source>
        <translation>حرف كبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un chiffre</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un caractère spécial</source>
        <translation>رمز خاص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le mot de passe doit contenir au moins {count} caractères.</source>
        <translation>يجب أن تتكوّن كلمة المرور من ⁨{count}⁩ أحرف على الأقل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utilisez au moins {count} des 4 types de caractères : minuscules, majuscules, chiffres, caractères spéciaux.</source>
        <translation>استخدم ⁨{count}⁩ أنواع على الأقل من أنواع الأحرف الأربعة: أحرف صغيرة، أحرف كبيرة، أرقام، رموز خاصة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le mot de passe ne doit pas contenir votre nom, votre prénom ou votre identifiant.</source>
        <translation>يجب ألا تحتوي كلمة المرور على اسم عائلتك أو اسمك الشخصي أو معرّفك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le mot de passe ne doit pas dépasser {count} caractères.</source>
        <translation>يجب ألا تتجاوز كلمة المرور ⁨{count}⁩ حرفاً.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Au moins {count} caractères</source>
        <translation>⁨{count}⁩ أحرف على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au moins {count} des 4 types de caractères</source>
        <translation>⁨{count}⁩ أنواع على الأقل من أنواع الأحرف الأربعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ni votre nom, ni votre prénom, ni votre identifiant</source>
        <translation>لا اسم العائلة ولا الاسم الشخصي ولا المعرّف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au plus {count} caractères</source>
        <translation>⁨{count}⁩ حرفاً على الأكثر</translation>
    </message>
    <message>
        <location filename="../../core/throttle.py" line="+102"/>
        <source>Trop de tentatives. Réessayez dans {minutes} minute.</source>
        <translation>محاولات كثيرة جداً. أعد المحاولة بعد ⁨{minutes}⁩ دقيقة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trop de tentatives. Réessayez dans {minutes} minutes.</source>
        <translation>محاولات كثيرة جداً. المدة المتبقية قبل إعادة المحاولة بالدقائق: ⁨{minutes}⁩.</translation>
    </message>
    <message>
        <location filename="../../services/authentication.py" line="+16"/>
        <source>Identifiant ou mot de passe incorrect.</source>
        <translation>المعرّف أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Ce compte est désactivé. Adressez-vous à l&apos;établissement.</source>
        <translation>هذا الحساب معطَّل. يُرجى التوجّه إلى المؤسسة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Votre mot de passe provisoire a expiré (il était valable trois mois). Adressez-vous à l&apos;établissement pour recevoir une nouvelle lettre.</source>
        <translation>انتهت صلاحية كلمة المرور المؤقتة (كانت صالحة لمدة ثلاثة أشهر). يُرجى التوجّه إلى المؤسسة للحصول على رسالة جديدة.</translation>
    </message>
    <message>
        <location filename="../../services/children.py" line="+23"/>
        <source>Ces comptes ne peuvent pas être réunis : vérifiez l&apos;identifiant et le mot de passe de l&apos;autre compte. Les deux comptes doivent porter les mêmes nom et prénom, et un mot de passe provisoire expiré ne permet pas de les réunir ; en cas de doute, adressez-vous à l&apos;établissement.</source>
        <translation>لا يمكن دمج هذين الحسابين: تحقّق من معرّف الحساب الآخر وكلمة مروره. يجب أن يحمل الحسابان اسم العائلة والاسم الشخصي نفسيهما، ولا تسمح كلمة مرور مؤقتة منتهية الصلاحية بدمجهما؛ وفي حال الشك، يُرجى التوجّه إلى المؤسسة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&apos;il y a un seul lien responsable-élève, l&apos;action ne sera pas prise en compte.</source>
        <translation>إذا لم يكن هناك سوى رابط واحد بين وليّ الأمر والتلميذ، فلن يؤخذ هذا الإجراء بعين الاعتبار.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>C&apos;est le compte sur lequel vous êtes connecté.</source>
        <translation>هذا هو الحساب الذي سجّلت الدخول إليه.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cet élève n&apos;est pas rattaché à votre compte.</source>
        <translation>هذا التلميذ غير مرتبط بحسابك.</translation>
    </message>
    <message>
        <location filename="../../services/credentials.py" line="+41"/>
        <source>Le nouveau mot de passe doit être différent de l&apos;actuel (ou du mot de passe provisoire).</source>
        <translation>يجب أن تختلف كلمة المرور الجديدة عن الحالية (أو عن كلمة المرور المؤقتة).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Aucun code n&apos;est en attente. Demandez-en un nouveau.</source>
        <translation>لا يوجد رمز قيد الانتظار. اطلب رمزاً جديداً.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Code incorrect. Il vous reste {left} essai.</source>
        <translation>الرمز غير صحيح. عدد المحاولات المتبقية: ⁨{left}⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code incorrect. Il vous reste {left} essais.</source>
        <translation>الرمز غير صحيح. عدد المحاولات المتبقية: ⁨{left}⁩.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ce lien ou cette étape n&apos;est plus valable. Recommencez la démarche.</source>
        <translation>لم يعد هذا الرابط أو هذه الخطوة صالحاً. أعد الإجراء من البداية.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{hours} heure</source>
        <translation>⁨{hours}⁩ ساعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} heures</source>
        <translation>⁨{hours}⁩ ساعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} minutes</source>
        <translation>⁨{minutes}⁩ دقيقة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>La date « {text} » n&apos;existe pas : vérifiez le jour et le mois.</source>
        <translation>التاريخ «⁨{text}⁩» غير موجود: تحقّق من اليوم والشهر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date de naissance illisible « {text} » : utilisez le format jj/mm/aaaa.</source>
        <translation>تعذّرت قراءة تاريخ الميلاد «⁨{text}⁩»: استخدم الصيغة يوم/شهر/سنة (jj/mm/aaaa).</translation>
    </message>
    <message>
        <location filename="../../services/first_login.py" line="+99"/>
        <source>Les dates de naissance ne correspondent pas aux élèves rattachés à votre compte. Vérifiez-les ou adressez-vous à l&apos;établissement.</source>
        <translation>تواريخ الميلاد لا تطابق التلاميذ المرتبطين بحسابك. تحقّق منها أو توجّه إلى المؤسسة.</translation>
    </message>
    <message>
        <location filename="../../services/inputs.py" line="+15"/>
        <source>{what} trop long : {limit} caractères au plus.</source>
        <translation>الحقل «⁨{what}⁩» طويل جداً: ⁨{limit}⁩ حرفاً على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../services/legacy.py" line="+31"/>
        <source>Identifiant ou mot de passe de l&apos;ancien compte incorrect.</source>
        <translation>معرّف الحساب القديم أو كلمة مروره غير صحيحة.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Cet ancien compte a déjà servi à activer un compte EduConnect : connectez-vous avec votre identifiant EduConnect.</source>
        <translation>سبق استخدام هذا الحساب القديم لتفعيل حساب EduConnect: سجّل الدخول بمعرّفك في EduConnect.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nous ne retrouvons pas votre compte EduConnect : adressez-vous à l&apos;établissement.</source>
        <translation>لم نعثر على حسابك في EduConnect: يُرجى التوجّه إلى المؤسسة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cet ancien compte a déjà servi à activer un compte EduConnect.</source>
        <translation>سبق استخدام هذا الحساب القديم لتفعيل حساب EduConnect.</translation>
    </message>
    <message>
        <location filename="../../services/my_account.py" line="+64"/>
        <location line="+10"/>
        <source>Le mot de passe actuel est incorrect.</source>
        <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Les deux adresses e-mail ne correspondent pas.</source>
        <translation>عنوانا البريد الإلكتروني غير متطابقين.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&apos;est déjà l&apos;adresse confirmée de votre compte.</source>
        <translation>هذا هو أصلاً العنوان المؤكَّد لحسابك.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Aucune adresse e-mail n&apos;est en attente de confirmation.</source>
        <translation>لا يوجد عنوان بريد إلكتروني في انتظار التأكيد.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Seuls les représentants légaux peuvent enregistrer un numéro de portable.</source>
        <translation>لا يمكن تسجيل رقم هاتف محمول إلا للأولياء الشرعيين.</translation>
    </message>
    <message>
        <location filename="../../services/recovery.py" line="+39"/>
        <source>Si un compte correspond à ces informations, nous venons de vous envoyer votre identifiant. Pensez à vérifier vos courriers indésirables.</source>
        <translation>إذا كان هناك حساب يطابق هذه المعلومات، فقد أرسلنا إليك معرّفك للتوّ. لا تنسَ التحقّق من مجلد الرسائل غير المرغوب فيها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si cet identifiant existe et qu&apos;une adresse e-mail (ou, pour un parent, un numéro de portable) confirmée y est associée, nous venons d&apos;y envoyer un code pour choisir un nouveau mot de passe.</source>
        <translation>إذا كان هذا المعرّف موجوداً ومرتبطاً بعنوان بريد إلكتروني مؤكَّد (أو، بالنسبة إلى وليّ الأمر، برقم هاتف محمول مؤكَّد)، فقد أرسلنا إليه للتوّ رمزاً لاختيار كلمة مرور جديدة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code incorrect ou expiré. Vérifiez le dernier code reçu ou demandez-en un nouveau (5 essais au plus par code).</source>
        <translation>الرمز غير صحيح أو منتهي الصلاحية. تحقّق من آخر رمز وصلك أو اطلب رمزاً جديداً (5 محاولات على الأكثر لكل رمز).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sans adresse e-mail confirmée (ou, pour un parent, sans numéro de portable confirmé), adressez-vous à l&apos;établissement : le secrétariat vous remettra une nouvelle lettre.</source>
        <translation>إذا لم يكن لديك عنوان بريد إلكتروني مؤكَّد (أو، بالنسبة إلى وليّ الأمر، رقم هاتف محمول مؤكَّد)، فتوجّه إلى المؤسسة: ستسلّمك الإدارة رسالة جديدة.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choisissez l&apos;e-mail ou le SMS.</source>
        <translation>اختر البريد الإلكتروني أو SMS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indiquez votre identifiant.</source>
        <translation>أدخل معرّفك.</translation>
    </message>
    <message>
        <location filename="../../services/self_registration.py" line="+32"/>
        <source>Nous ne parvenons pas à vous identifier : contactez l&apos;établissement de votre enfant.</source>
        <translation>لم نتمكّن من التعرّف عليك: يُرجى الاتصال بمؤسسة طفلك.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../services/setup.py" line="+30"/>
        <location filename="../../services/staff.py" line="+98"/>
        <source>Nom</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../services/setup.py" line="+0"/>
        <location filename="../../services/staff.py" line="+0"/>
        <source>Prénom</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indiquez votre nom et votre prénom.</source>
        <translation>أدخل اسم عائلتك واسمك الشخصي.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>La création de compte par SMS est indisponible sur ce poste pour le moment. Utilisez l&apos;identifiant et le mot de passe provisoire de la lettre remise par l&apos;établissement, ou adressez-vous au secrétariat.</source>
        <translation>إنشاء حساب عبر SMS غير متاح على هذا الجهاز حالياً. استخدم المعرّف وكلمة المرور المؤقتة الواردين في الرسالة التي سلّمتها لك المؤسسة، أو توجّه إلى الإدارة.</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="+81"/>
        <source>Votre session n&apos;est plus valable. Reconnectez-vous.</source>
        <translation>لم تعد جلستك صالحة. سجّل الدخول من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/space_hint.py" line="+15"/>
        <source>Attention : votre saisie du mot de passe commence ou se termine par une espace.</source>
        <translation>تنبيه: كلمة المرور التي أدخلتها تبدأ بمسافة أو تنتهي بها.</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../../ui/secretariat/import_files.py" line="+62"/>
        <source>SIECLE : ajoutez ElevesSansAdresses.xml (ou ElevesAvecAdresses.xml) et ResponsablesAvecAdresses.xml, ou l&apos;archive zip qui les contient. ONDE : un seul fichier CSV. Vous pouvez aussi déposer les fichiers ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type d&apos;export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIECLE (collège, lycée) : fichiers XML ou zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ONDE (école) : fichier CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fichiers à importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ajouter des fichiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter des fichiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer le fichier sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code UAI de l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seulement si le fichier ne l&apos;indique pas (ONDE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ex. 0751234A (ONDE seulement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom de l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisé seulement si l&apos;import crée l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>si l&apos;établissement est nouveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;ype d&apos;export :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code &amp;UAI :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nom de l&apos;établissement :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fichiers :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ajoutez les fichiers de l&apos;export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un export ONDE est un seul fichier CSV : retirez les autres fichiers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="+46"/>
        <source>Premier démarrage — EduConnect Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;h2&gt;Bienvenue&lt;/h2&gt;&lt;p&gt;Cette base de données est vide. Créez d&apos;abord le compte de l&apos;administrateur de ce poste : il gérera le personnel, les paramètres et les comptes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prénom de l&apos;administrateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom de l&apos;administrateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe de l&apos;administrateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation du mot de passe</source>
        <translation type="unfinished">تأكيد كلمة المرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Règles du mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charger aussi l&apos;établissement de &amp;démonstration (élèves et parents fictifs, pour essayer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charger l&apos;établissement de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message d&apos;erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Créer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créer l&apos;administrateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Prénom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Nom :</source>
        <translation type="unfinished">الاسم ال&amp;عائلي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mot de passe :</source>
        <translation type="unfinished">&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onfirmation :</source>
        <translation type="unfinished">ال&amp;تأكيد:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Au moins 8 caractères, dont 3 types parmi : minuscules, majuscules, chiffres, caractères spéciaux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les deux mots de passe ne correspondent pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe conforme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Création en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Terminer</source>
        <translation type="unfinished">إ&amp;نهاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Terminer</source>
        <translation type="unfinished">إنهاء</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;Administrateur créé. Son identifiant est &lt;b&gt;{0}&lt;/b&gt; : notez-le.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Établissement de démonstration chargé. Comptes fictifs et mots de passe provisoires (affichés une seule fois) :&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowWizard</name>
    <message>
        <location filename="../../ui/registration/flow_wizard.py" line="+46"/>
        <source>&amp;Valider</source>
        <translation>&amp;تأكيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valider</source>
        <translation>تأكيد</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/login/home_page.py" line="+41"/>
        <location line="+193"/>
        <source>Accueil</source>
        <translation>الصفحة الرئيسية</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Se &amp;déconnecter</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choisissez l&apos;établissement</source>
        <translation>اختر المؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Établissements</source>
        <translation>المؤسسات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez un établissement</source>
        <translation>اختر مؤسسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choisissez l&apos;établissement :</source>
        <translation>اختر ال&amp;مؤسسة:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Vos enfants&lt;/b&gt;</source>
        <translation>&lt;b&gt;أطفالك&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Mon compte</source>
        <translation>&amp;حسابي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon compte : mot de passe, adresse e-mail, enfants</source>
        <translation>حسابي: كلمة المرور، البريد الإلكتروني، الأطفال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt; &amp;Retour à l&apos;accueil</source>
        <translation>&lt; ال&amp;عودة إلى الصفحة الرئيسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retour à l&apos;accueil</source>
        <translation>العودة إلى الصفحة الرئيسية</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&lt;h2&gt;Bienvenue {0} {1}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;مرحباً ⁨{0}⁩ ⁨{1}⁩&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votre identifiant : {0}</source>
        <translation>معرّفك: ⁨{0}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Établissement : {0}</source>
        <translation>المؤسسة: ⁨{0}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+58"/>
        <source>Classe : {0}</source>
        <translation>القسم: ⁨{0}⁩</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Date de naissance : {0}</source>
        <translation>تاريخ الميلاد: ⁨{0}⁩</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Mon compte</source>
        <translation>حسابي</translation>
    </message>
</context>
<context>
    <name>IdentifierPage</name>
    <message>
        <location filename="../../ui/registration/identifier_page.py" line="+24"/>
        <source>Notez votre identifiant</source>
        <translation>دوّن معرّفك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votre identifiant</source>
        <translation>معرّفك</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>J&apos;ai &amp;noté mon identifiant</source>
        <translation>&amp;دوّنت معرّفي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai noté mon identifiant</source>
        <translation>دوّنت معرّفي</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../ui/registration/identity_page.py" line="+25"/>
        <source>Créer mon compte</source>
        <translation>إنشاء حسابي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indiquez votre nom et votre prénom tels que l&apos;établissement de votre enfant les connaît, et le numéro de téléphone portable que vous lui avez donné. Vous allez recevoir un code par SMS.</source>
        <translation>أدخل اسمك العائلي واسمك الشخصي كما تعرفهما مؤسسة طفلك، ورقم الهاتف المحمول الذي أعطيته لها. ستتلقى رمزاً عبر رسالة SMS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nom</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone portable</source>
        <translation>الهاتف المحمول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Nom :</source>
        <translation>الاسم ال&amp;عائلي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rénom :</source>
        <translation>الاسم ال&amp;شخصي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone p&amp;ortable :</source>
        <translation>الهاتف ال&amp;محمول:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recevoir mon &amp;code SMS</source>
        <translation>&amp;استلام رمز SMS</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/secretariat/import_dialog.py" line="+48"/>
        <source>Importer les élèves et les responsables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Analy&amp;ser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyser les fichiers (rien n&apos;est enregistré)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anciens comptes A&amp;TEN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importer l&apos;annuaire des anciens comptes ATEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Générer aussi un mot de passe provisoire pour les représentants légaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mots de passe provisoires des représentants légaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je &amp;confirme que ces élèves ont vraiment quitté l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmer la sortie de nombreux élèves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt; &amp;Précédent</source>
        <translation type="unfinished">&lt; ال&amp;سابق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenir aux fichiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Résultat de l&apos;import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lettres de notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imprimer les &amp;lettres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprimer les lettres de notification (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fer&amp;mer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Confirmez d&apos;abord la sortie des élèves, ci-dessus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Lecture des fichiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Préparation des mots de passe provisoires, puis enregistrement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} mot(s) de passe provisoire(s) : ils ne sont affichés nulle part et ne sont conservés que jusqu&apos;à la fermeture de cette fenêtre. Imprimez les lettres maintenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucun mot de passe provisoire : pas de lettre à imprimer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Écriture des lettres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} lettre(s) enregistrée(s) dans {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <location filename="../../ui/secretariat/import_files.py" line="-104"/>
        <source>Choisir les fichiers de l&apos;export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export ONDE (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exports SIECLE (*.xml *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InformationTab</name>
    <message>
        <location filename="../../ui/my_account/information_tab.py" line="+29"/>
        <source>Votre identifiant</source>
        <translation>معرّفك</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Identifiant : {0}</source>
        <translation>المعرّف: ⁨{0}⁩</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/kiosk.py" line="+96"/>
        <source>EduConnect — accueil des familles</source>
        <translation>EduConnect — استقبال العائلات</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../core/labels.py" line="+10"/>
        <source>Élève</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Représentant légal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Non activé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bloqué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désactivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune</source>
        <translation type="unfinished">لا يوجد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En attente de confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>non confirmée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en attente de confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nouvelle adresse en attente de confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non confirmée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrétariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>code d&apos;activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identifiant oublié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>réinitialisation du mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmation d&apos;adresse e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avis à l&apos;ancienne adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mot de passe modifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmation du portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prénom</source>
        <translation type="unfinished">الاسم الشخصي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom</source>
        <translation type="unfinished">الاسم العائلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant SIECLE de l&apos;élève</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom d&apos;usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant SIECLE de la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de départ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type de compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse e-mail</source>
        <translation type="unfinished">عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État de l&apos;adresse e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle adresse e-mail</source>
        <translation type="unfinished">عنوان البريد الإلكتروني الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable confirmé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État du compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niveau de responsabilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant</source>
        <translation type="unfinished">المعرّف</translation>
    </message>
    <message>
        <location filename="../../messaging/outbox.py" line="+50"/>
        <source>en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>envoi en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>envoyé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>échec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annulé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegacyImport</name>
    <message>
        <location filename="../../ui/secretariat/legacy_import_dialog.py" line="+34"/>
        <source>Choisir l&apos;annuaire ATEN (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annuaire ATEN (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegacyImportDialog</name>
    <message>
        <location line="+10"/>
        <source>Importer les anciens comptes ATEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>L&apos;annuaire des anciens comptes ATEN / ATEN-élève (fichier CSV « login;password;siecle_id ») permet aux familles de passer à EduConnect avec leur ancien identifiant. Les mots de passe sont chiffrés dans la base dès l&apos;import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fichier CSV de l&apos;annuaire ATEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chemin du fichier CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir le fichier CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analy&amp;ser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyser le fichier (rien n&apos;est enregistré)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importer les comptes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aperçu et résultat de l&apos;import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fer&amp;mer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fichier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Lecture du fichier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fichier {0} : rien n&apos;est encore enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptes à importer : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptes déjà importés, mot de passe remplacé : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptes déjà passés à EduConnect, ignorés : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rien à importer dans ce fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« Importer » chiffre les mots de passe et enregistre les comptes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lignes refusées ({0}) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  … et {0} autre(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import annulé : aucun compte n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chiffrement des mots de passe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import terminé : {0} compte(s) enregistré(s), {1} déjà passé(s) à EduConnect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegacyWizard</name>
    <message>
        <location filename="../../ui/legacy/wizard.py" line="+32"/>
        <source>Passer de mon ancien compte à EduConnect</source>
        <translation>الانتقال من حسابي القديم إلى EduConnect</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votre ancien compte est reconnu. Voici votre identifiant EduConnect, qui le remplace : notez-le, il vous servira à chaque connexion.</source>
        <translation>تم التعرّف على حسابك القديم. إليك معرّفك في EduConnect الذي يحلّ محلّه: دوّنه، ستحتاج إليه عند كل تسجيل دخول.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Votre ancien compte ne peut plus être utilisé.</source>
        <translation>لم يعد بالإمكان استخدام حسابك القديم.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choisissez un mot de passe différent de celui de votre ancien compte.</source>
        <translation>اختر كلمة مرور مختلفة عن كلمة مرور حسابك القديم.</translation>
    </message>
</context>
<context>
    <name>LinksDialog</name>
    <message>
        <location filename="../../ui/secretariat/links_dialog.py" line="+118"/>
        <source>Liens de {0} {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message>
        <location line="-97"/>
        <source>Liens entre élèves et représentants légaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Liens actuels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retirer le lien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer le lien sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant du représentant légal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identifiant de l&apos;élève</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>p.nom1</source>
        <translation type="unfinished">p.nom1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niveau de responsabilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ajouter le lien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ajouter le lien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;présentant légal :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Élève :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Niveau :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Liens actuels :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Lien enregistré avec {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lien avec {0} retiré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksReviewPage</name>
    <message>
        <location filename="../../ui/login/links_review_page.py" line="+21"/>
        <source>Vos enfants</source>
        <translation>أطفالك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Vous avez indiqué ne pas être le représentant légal des élèves ci-dessous. Si c&apos;était une erreur, cochez-les pour les rattacher à nouveau à votre compte. Les élèves non cochés restent retirés.&lt;/p&gt;</source>
        <translation>&lt;p&gt;لقد أشرت إلى أنك لست الوليّ الشرعي للتلاميذ أدناه. إن كان ذلك خطأ، فحدّدهم لربطهم بحسابك من جديد. يبقى التلاميذ غير المحدَّدين مُزالين.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Je suis bien le représentant légal de {0} {1} (né(e) le {2})</source>
        <translation>أنا فعلاً الوليّ الشرعي لـ ⁨{0}⁩ ⁨{1}⁩ (المولود(ة) في ⁨{2}⁩)</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../ui/login/login_page.py" line="+26"/>
        <source>J&apos;ai reçu une lettre de l&apos;établissement</source>
        <translation>تلقيت رسالة من المؤسسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Saisissez l&apos;&lt;b&gt;identifiant&lt;/b&gt; et le &lt;b&gt;mot de passe provisoire&lt;/b&gt; indiqués sur la lettre remise par l&apos;établissement. Vous choisirez ensuite votre propre mot de passe.&lt;/p&gt;</source>
        <translation>&lt;p&gt;أدخل &lt;b&gt;المعرّف&lt;/b&gt; و&lt;b&gt;كلمة المرور المؤقتة&lt;/b&gt; المذكورين في الرسالة التي سلّمتها لك المؤسسة. ستختار بعد ذلك كلمة المرور الخاصة بك.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je dispose d&apos;un compte EduConnect</source>
        <translation>لديّ حساب EduConnect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Saisissez votre identifiant EduConnect et votre mot de passe.&lt;/p&gt;</source>
        <translation>&lt;p&gt;أدخل معرّفك في EduConnect وكلمة المرور.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identifiant</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p.nom1</source>
        <translation>p.nom1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mot de passe provisoire</source>
        <translation>كلمة المرور المؤقتة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mot de passe</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;fficher le mot de passe</source>
        <translation>إ&amp;ظهار كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher le mot de passe</source>
        <translation>إظهار كلمة المرور</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Identifiant :</source>
        <translation>ال&amp;معرّف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe &amp;provisoire :</source>
        <translation>&amp;كلمة المرور المؤقتة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Se &amp;connecter</source>
        <translation>تسجيل ال&amp;دخول</translation>
    </message>
</context>
<context>
    <name>LoginWizard</name>
    <message>
        <location filename="../../ui/login/wizard.py" line="+47"/>
        <source>Activer mon compte EduConnect</source>
        <translation>تفعيل حسابي في EduConnect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connexion EduConnect</source>
        <translation>تسجيل الدخول إلى EduConnect</translation>
    </message>
</context>
<context>
    <name>LostIdentifierWizard</name>
    <message>
        <location filename="../../ui/recovery/identifier_wizard.py" line="+27"/>
        <source>Identifiant perdu — EduConnect</source>
        <translation>المعرّف المفقود — EduConnect</translation>
    </message>
</context>
<context>
    <name>LostPasswordWizard</name>
    <message>
        <location filename="../../ui/recovery/password_wizard.py" line="+32"/>
        <source>Mot de passe perdu — EduConnect</source>
        <translation>كلمة المرور المفقودة — EduConnect</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choisir un nouveau mot de passe</source>
        <translation>اختيار كلمة مرور جديدة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+54"/>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Base de données : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base de données ouverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Établissements</source>
        <translation type="unfinished">المؤسسات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nombre d&apos;élèves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nombre de représentants légaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nombre de personnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comptes activés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Premier démarrage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créer le premier administrateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ouvrir l&apos;accueil des &amp;familles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir l&apos;accueil des familles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comptes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Élèves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Représentants légaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comptes activés (élèves et parents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Ouverture de la base de données…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouverture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Base de données non chiffrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À &amp;propos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} version {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attention : la base de données n&apos;est pas chiffrée, faute de trousseau système utilisable. Une copie du fichier serait lisible par quiconque l&apos;obtient. Installez ou déverrouillez un trousseau, puis relancez l&apos;application : la base sera chiffrée à l&apos;ouverture suivante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>EduConnect — accueil des familles</source>
        <translation type="unfinished">EduConnect — استقبال العائلات</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Établissements : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucun établissement pour l&apos;instant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeSection</name>
    <message>
        <location filename="../../ui/my_account/merge_section.py" line="+23"/>
        <source>Ajouter des élèves depuis un autre compte</source>
        <translation>إضافة تلاميذ من حساب آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explications</source>
        <translation>توضيحات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous avez reçu un autre identifiant pour un autre enfant (par exemple d&apos;un autre établissement) ? Saisissez-le avec son mot de passe : le mot de passe provisoire remis par l&apos;établissement de cet enfant, ou le mot de passe actuel si ce compte a déjà été activé. Les élèves seront ajoutés à ce compte-ci et l&apos;autre compte sera fermé. Les deux comptes doivent porter les mêmes nom et prénom.</source>
        <translation>هل تلقيت معرّفاً آخر لطفل آخر (من مؤسسة أخرى مثلاً)؟ أدخله مع كلمة مروره: كلمة المرور المؤقتة التي سلّمتها مؤسسة هذا الطفل، أو كلمة المرور الحالية إذا كان هذا الحساب قد فُعِّل. سيُضاف التلاميذ إلى هذا الحساب وسيُغلق الحساب الآخر. يجب أن يحمل الحسابان الاسم العائلي والاسم الشخصي نفسيهما.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Identifiant de l&apos;autre compte</source>
        <translation>معرّف الحساب الآخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p.nom2</source>
        <translation>p.nom2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe de l&apos;autre compte</source>
        <translation>كلمة مرور الحساب الآخر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ajouter les élè&amp;ves</source>
        <translation>إضافة ال&amp;تلاميذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter les élèves de l&apos;autre compte</source>
        <translation>إضافة تلاميذ الحساب الآخر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Identifian&amp;t de l&apos;autre compte :</source>
        <translation>م&amp;عرّف الحساب الآخر:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mot de &amp;passe de l&apos;autre compte :</source>
        <translation>كلمة م&amp;رور الحساب الآخر:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Les élèves de {0} ont été ajoutés ; ce compte est fermé.</source>
        <translation>أُضيف تلاميذ ⁨{0}⁩؛ وأُغلق ذلك الحساب.</translation>
    </message>
</context>
<context>
    <name>MessagingSettingsDialog</name>
    <message>
        <location filename="../../ui/secretariat/messaging_settings_dialog.py" line="+33"/>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS implicite (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sans chiffrement (réseau local seulement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Configuration de l&apos;envoi des messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Serveur SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ex. smtp.ac-academie.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>par défaut selon la sécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisateur SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vide si le serveur n&apos;en demande pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse d&apos;expédition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ex. Collège Jean Moulin &lt;ce.0751234a@ac-paris.fr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse de la passerelle SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… (fournie par votre prestataire SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse des Services en ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imprimée sur les lettres, ex. https://educonnect.education.gouv.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sécurité de la connexion SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mot de passe SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jeton de la passerelle SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>État de l&apos;envoi des messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Canal du message de test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destinataire du message de test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votre adresse e-mail ou votre portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyer un message de &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyer un message de test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mails (serveur SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Serveur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sécu&amp;rité :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Utilisateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de &amp;passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpéditeur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS (passerelle HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Adresse :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jeton :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services en &amp;ligne :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message de test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Canal :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Destinataire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les secrets (mot de passe SMTP, jeton SMS) sont enregistrés dans le trousseau du système, jamais dans le fichier de configuration. Laissez leur champ vide pour garder le secret déjà enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>E-mails et SMS peuvent partir de ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Réglages enregistrés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aucun changement à enregistrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Envoi du message de test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message de test envoyé à {0}. Vérifiez qu&apos;il est bien arrivé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagingStatusLabel</name>
    <message>
        <location filename="../../ui/secretariat/messaging_status.py" line="+28"/>
        <source>E-mails indisponibles sur ce poste (ils restent en attente) : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS indisponibles sur ce poste (ils restent en attente) : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>État de l&apos;envoi des messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MobileSection</name>
    <message>
        <location filename="../../ui/my_account/mobile_section.py" line="+36"/>
        <location line="+1"/>
        <source>Numéro de portable</source>
        <translation>رقم الهاتف المحمول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier mon numéro de porta&amp;ble</source>
        <translation>تغيير رقم هاتفي ال&amp;محمول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier mon numéro de portable</source>
        <translation>تغيير رقم هاتفي المحمول</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nouveau numéro de portable</source>
        <translation>رقم الهاتف المحمول الجديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recevoir un code par SMS</source>
        <translation>استلام رمز عبر SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recevoir un code par SMS au nouveau numéro</source>
        <translation>استلام رمز عبر SMS على الرقم الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler la modification du numéro</source>
        <translation>إلغاء تغيير الرقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code envoyé</source>
        <translation>تم إرسال الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code reçu par SMS</source>
        <translation>الرمز الوارد عبر SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valider le code</source>
        <translation>تأكيد الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valider le code reçu par SMS</source>
        <translation>تأكيد الرمز الوارد عبر SMS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Code reçu par &amp;SMS :</source>
        <translation>الرمز الوارد عبر &amp;SMS:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No&amp;uveau numéro :</source>
        <translation>الرقم ال&amp;جديد:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Aucun numéro de portable</source>
        <translation>لا يوجد رقم هاتف محمول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numéro de portable confirmé : {0}</source>
        <translation>رقم الهاتف المحمول المؤكَّد: ⁨{0}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numéro de portable (non confirmé) : {0}</source>
        <translation>رقم الهاتف المحمول (غير مؤكَّد): ⁨{0}⁩</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Un code a été envoyé par SMS au {0}, valable {1}. Saisissez-le ci-dessous.</source>
        <translation>أُرسل رمز عبر SMS إلى ⁨{0}⁩، صالح لمدة ⁨{1}⁩. أدخله أدناه.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Votre numéro de portable a été confirmé.</source>
        <translation>تم تأكيد رقم هاتفك المحمول.</translation>
    </message>
</context>
<context>
    <name>MyAccountView</name>
    <message>
        <location filename="../../ui/my_account/view.py" line="+53"/>
        <source>Mon compte</source>
        <translation>حسابي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mes &amp;informations</source>
        <translation>&amp;معلوماتي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mes &amp;enfants</source>
        <translation>&amp;أطفالي</translation>
    </message>
</context>
<context>
    <name>NewPasswordPage</name>
    <message>
        <location filename="../../ui/login/new_password_page.py" line="+19"/>
        <source>Choisissez votre mot de passe</source>
        <translation>اختر كلمة المرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Votre mot de passe provisoire ne servira plus. Choisissez un mot de passe personnel : au moins 8 caractères, dont 3 types parmi minuscules, majuscules, chiffres et caractères spéciaux. Ne le communiquez à personne.&lt;/p&gt;</source>
        <translation>&lt;p&gt;لن تعمل كلمة المرور المؤقتة بعد الآن. اختر كلمة مرور شخصية: 8 أحرف على الأقل، تتضمن 3 أنواع من بين الأحرف الصغيرة والأحرف الكبيرة والأرقام والرموز الخاصة. لا تُطلع عليها أحداً.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Le nouveau mot de passe doit être différent du mot de passe provisoire.</source>
        <translation>يجب أن تختلف كلمة المرور الجديدة عن كلمة المرور المؤقتة.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../ui/secretariat/outbox_view.py" line="+46"/>
        <source>Filtrer par statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tous les statuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nombre de messages par statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages de la file d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Essais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prochain essai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dernière erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Renvoyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renvoyer le message sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nnuler l&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler l&apos;envoi du message sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;tualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actualiser la liste des messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Texte du message sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Statut :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Voir le message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messa&amp;ges (du plus récent au plus ancien) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sélectionnez un message pour le voir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message confidentiel (code, lien ou identifiant) : son texte n&apos;est pas affiché.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objet : {0}

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Message n° {0} remis dans la file d&apos;envoi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Envoi du message n° {0} annulé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordChangePanel</name>
    <message>
        <location filename="../../ui/secretariat/password_change_panel.py" line="+33"/>
        <source>&lt;h2&gt;Choisissez votre mot de passe&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez votre mot de passe</source>
        <translation type="unfinished">اختر كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consigne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Enregistrer le mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer le nouveau mot de passe</source>
        <translation type="unfinished">حفظ كلمة المرور الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se dé&amp;connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se déconnecter sans changer le mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bonjour {0} {1}. Votre mot de passe est provisoire : choisissez votre propre mot de passe avant d&apos;ouvrir l&apos;espace du secrétariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choisissez un mot de passe différent du mot de passe provisoire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordChangedPage</name>
    <message>
        <location filename="../../ui/recovery/password_changed_page.py" line="+16"/>
        <location line="+2"/>
        <source>Votre mot de passe a été modifié</source>
        <translation>تم تغيير كلمة المرور</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Votre mot de passe a été modifié.&lt;/p&gt;&lt;p&gt;Votre identifiant : &lt;b&gt;{0}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Connectez-vous désormais avec ce nouveau mot de passe. Si une adresse e-mail confirmée est associée à votre compte, un message vous y informe aussi de ce changement.&lt;/p&gt;</source>
        <translation>&lt;p&gt;تم تغيير كلمة المرور.&lt;/p&gt;&lt;p&gt;معرّفك: &lt;b&gt;⁨{0}⁩&lt;/b&gt;&lt;/p&gt;&lt;p&gt;سجّل الدخول من الآن فصاعداً بكلمة المرور الجديدة هذه. إذا كان عنوان بريد إلكتروني مؤكَّد مرتبطاً بحسابك، فستصلك عليه أيضاً رسالة تُعلمك بهذا التغيير.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Votre identifiant : {0}</source>
        <translation>معرّفك: ⁨{0}⁩</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../ui/password_field.py" line="+168"/>
        <source>Mot de passe</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation du mot de passe</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>Robustesse du mot de passe</source>
        <translation>قوة كلمة المرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conseils pour le mot de passe</source>
        <translation>نصائح لكلمة المرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correspondance des mots de passe</source>
        <translation>تطابق كلمتي المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe refusé</source>
        <translation>كلمة المرور مرفوضة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ce mot de passe est faible : je le choisis &amp;quand même</source>
        <translation>كلمة المرور هذه ضعيفة: أختارها &amp;رغم ذلك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je choisis quand même ce mot de passe faible</source>
        <translation>أختار كلمة المرور الضعيفة هذه رغم ذلك</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Robustesse :</source>
        <translation>القوة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;onfirmation :</source>
        <translation>ال&amp;تأكيد:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Ce mot de passe ne peut pas être utilisé.</source>
        <translation>لا يمكن استخدام كلمة المرور هذه.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Masquer le mot de passe</source>
        <translation>إخفاء كلمة المرور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afficher le mot de passe</source>
        <translation>إظهار كلمة المرور</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Les mots de passe correspondent</source>
        <translation>كلمتا المرور متطابقتان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les mots de passe ne correspondent pas</source>
        <translation>كلمتا المرور غير متطابقتين</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>respecté</source>
        <translation>مستوفى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>non respecté</source>
        <translation>غير مستوفى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facultatif</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Très faible</source>
        <translation>ضعيفة جداً</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faible</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moyen</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fort</source>
        <translation>قوية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Très fort</source>
        <translation>قوية جداً</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Robustesse : {0}</source>
        <translation>القوة: ⁨{0}⁩</translation>
    </message>
</context>
<context>
    <name>PasswordSection</name>
    <message>
        <location filename="../../ui/my_account/password_section.py" line="+22"/>
        <source>Mot de passe</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier mon mot de &amp;passe</source>
        <translation>تغ&amp;يير كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier mon mot de passe</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mot de passe actuel</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enre&amp;gistrer le mot de passe</source>
        <translation>ح&amp;فظ كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer le nouveau mot de passe</source>
        <translation>حفظ كلمة المرور الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler la modification du mot de passe</source>
        <translation>إلغاء تغيير كلمة المرور</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mot de passe &amp;actuel :</source>
        <translation>كلمة المرور ال&amp;حالية:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Votre mot de passe a été modifié.</source>
        <translation>تم تغيير كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/secretariat/import_preview.py" line="+33"/>
        <source>Aperçu de l&apos;import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résumé de l&apos;import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Nom</source>
        <translation type="unfinished">الاسم العائلي</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Prénom</source>
        <translation type="unfinished">الاسم الشخصي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classe ou contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Élève</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Emplacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Motif du refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avertissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nouveaux comptes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comptes modifiés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Élèves sortis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lignes refusées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avertissements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Résumé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}, né(e) le {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conservé (donné par la famille) : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>déjà sorti de l&apos;établissement : aucun compte créé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nouveaux ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modifiés ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sortis ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refusés ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avertissements ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <location filename="../../ui/secretariat/privacy_actions.py" line="+26"/>
        <source>E&amp;xporter les données…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter les données de la famille (droit d&apos;accès)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacer le c&amp;ompte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacer le compte (droit à l&apos;effacement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Données de la famille enregistrées : {0}. Ce fichier est personnel : remettez-le à la famille puis supprimez-le.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Effacer le compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacement définitif (droit à l&apos;effacement) de : {0}. Les comptes, leurs liens, leurs codes et leurs messages seront supprimés ; le journal d&apos;audit gardera seulement la trace de l&apos;effacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effacer définitivement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comptes effacés : {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/secretariat/import_progress.py" line="+84"/>
        <source>Travail en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annu&amp;ler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler le travail en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Annulation en cours…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <location filename="../../ui/registration/wizard.py" line="+35"/>
        <source>Créer mon compte — EduConnect</source>
        <translation>إنشاء حسابي — EduConnect</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vous êtes identifié. Voici votre identifiant EduConnect : notez-le, il vous servira à chaque connexion.</source>
        <translation>تم التعرّف عليك. إليك معرّفك في EduConnect: دوّنه، ستحتاج إليه عند كل تسجيل دخول.</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <location filename="../../ui/recovery/request_page.py" line="+27"/>
        <source>Mot de passe perdu</source>
        <translation>كلمة المرور المفقودة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indiquez votre identifiant EduConnect. Un code pour choisir un nouveau mot de passe vous sera envoyé à l&apos;adresse e-mail confirmée de votre compte ou, si vous êtes parent, à votre numéro de portable confirmé.</source>
        <translation>أدخل معرّفك في EduConnect. سيُرسل إليك رمز لاختيار كلمة مرور جديدة إلى عنوان البريد الإلكتروني المؤكَّد في حسابك، أو إلى رقم هاتفك المحمول المؤكَّد إن كنت وليّ أمر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identifiant</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p.nom1</source>
        <translation>p.nom1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recevoir le code</source>
        <translation>استلام الرمز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Identifiant :</source>
        <translation>ال&amp;معرّف:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Recevoir un code</source>
        <translation>ا&amp;ستلام رمز</translation>
    </message>
</context>
<context>
    <name>ResetCodePage</name>
    <message>
        <location filename="../../ui/recovery/reset_code_page.py" line="+33"/>
        <source>Saisissez le code reçu</source>
        <translation>أدخل الرمز الذي وصلك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code reçu</source>
        <translation>الرمز الوارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les 6 chiffres du code reçu par e-mail ou par SMS</source>
        <translation>الأرقام الستة للرمز الوارد عبر البريد الإلكتروني أو عبر SMS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je n&apos;ai &amp;rien reçu</source>
        <translation>&amp;لم يصلني شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je n&apos;ai rien reçu</source>
        <translation>لم يصلني شيء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Demander un nouveau code</source>
        <translation>&amp;طلب رمز جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demander un nouveau code</source>
        <translation>طلب رمز جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si vous n&apos;avez rien reçu</source>
        <translation>إذا لم يصلك شيء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Durée de validité du code</source>
        <translation>مدة صلاحية الرمز</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Code reçu :</source>
        <translation>ال&amp;رمز الوارد:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Vérifier le code</source>
        <translation>ال&amp;تحقق من الرمز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le code reçu est valable {0}.</source>
        <translation>الرمز الوارد صالح لمدة ⁨{0}⁩.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Le message peut mettre quelques minutes à arriver ; pensez à regarder dans les courriers indésirables. Si rien n&apos;arrive, c&apos;est peut-être qu&apos;aucune adresse e-mail ni aucun numéro de portable confirmé n&apos;est associé à ce compte, ou que l&apos;identifiant n&apos;est pas le bon : adressez-vous à l&apos;établissement, le secrétariat vous remettra une nouvelle lettre.</source>
        <translation>قد تستغرق الرسالة بضع دقائق للوصول؛ لا تنسَ البحث في البريد غير المرغوب فيه. إذا لم يصل شيء، فربما لا يرتبط بهذا الحساب أي عنوان بريد إلكتروني أو رقم هاتف محمول مؤكَّد، أو أن المعرّف غير صحيح: توجّه إلى المؤسسة، وستسلّمك الأمانة رسالة جديدة.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Une nouvelle demande a été faite. Seul le code du dernier message reçu est valable.</source>
        <translation>تم تقديم طلب جديد. الرمز الوارد في آخر رسالة وحده صالح.</translation>
    </message>
</context>
<context>
    <name>SecretariatLetters</name>
    <message>
        <location filename="../../ui/secretariat/import_letters.py" line="+25"/>
        <source>Enregistrer les lettres (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentPage</name>
    <message>
        <location filename="../../ui/recovery/sent_page.py" line="+20"/>
        <source>Identifiant perdu</source>
        <translation>المعرّف المفقود</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Terminer</source>
        <translation>إ&amp;نهاء</translation>
    </message>
</context>
<context>
    <name>StaffLoginPanel</name>
    <message>
        <location filename="../../ui/secretariat/login_panel.py" line="+42"/>
        <source>Session verrouillée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Espace du secrétariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consigne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connectez-vous avec votre identifiant et votre mot de passe du personnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant</source>
        <translation type="unfinished">المعرّف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mot de passe</source>
        <translation type="unfinished">كلمة المرور</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Déverrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Se &amp;connecter</source>
        <translation type="unfinished">تسجيل ال&amp;دخول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hanger d&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changer d&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir l&apos;accueil des &amp;familles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir l&apos;accueil des familles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Identifiant :</source>
        <translation type="unfinished">ال&amp;معرّف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mot de passe :</source>
        <translation type="unfinished">&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>La session de {0} {1} a été verrouillée après une période d&apos;inactivité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La session de {0} {1} est verrouillée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saisissez votre mot de passe pour la reprendre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffMessages</name>
    <message>
        <location filename="../../core/identifiers.py" line="+35"/>
        <source>Le nom « {name} » ne contient aucune lettre utilisable pour un identifiant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le prénom « {name} » ne contient aucune lettre utilisable pour un identifiant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../messaging/outbox.py" line="+175"/>
        <source>Aucun message n° {message_id} dans la file d&apos;envoi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <source>Le message n° {message_id} a déjà été envoyé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Le message n° {message_id} est en cours d&apos;envoi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Le message n° {message_id} est en cours d&apos;envoi : réessayez dans quelques minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le message n° {message_id} est déjà annulé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Le code ou le lien de ce message n&apos;a pas pu être conservé (trousseau système absent ou changé) : la personne doit en demander un nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Envoi interrompu à chaque tentative (arrêt de l&apos;application pendant l&apos;envoi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{reason} Abandon après {count} tentative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} Abandon après {count} tentatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/account_admin.py" line="+37"/>
        <source>Vous ne pouvez pas désactiver votre propre compte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Un lien relie un représentant légal à un élève.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Niveau de responsabilité : 1 ou 2 (responsable légal), 0 (autre contact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ces deux comptes ne sont pas liés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/demo.py" line="+74"/>
        <source>L&apos;établissement de démonstration est déjà chargé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/legacy.py" line="-196"/>
        <source>Les mots de passe ont été chiffrés dans la base. Supprimez maintenant le fichier CSV importé (et videz la corbeille) : il contient des mots de passe en clair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{name} est trop volumineux pour un annuaire ATEN (plus de {megabytes} Mo) : vérifiez le fichier choisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Impossible de lire {name} : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} n&apos;est pas un CSV lisible : {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{name} n&apos;est pas un fichier texte CSV (login;password;siecle_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name} ne contient aucune ligne utilisable : le fichier attendu a trois colonnes séparées par des points-virgules (login;password;siecle_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Première erreur : {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/letters.py" line="+97"/>
        <source>Les lettres sont destinées aux élèves et aux représentants légaux : « {identifier} » est un compte du personnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le compte « {identifier} » est désactivé : réactivez-le avant d&apos;imprimer une lettre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Aucun établissement n&apos;a l&apos;UAI « {uai} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La classe « {class_code} » existe dans plusieurs établissements ({names}) : précisez l&apos;établissement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aucun élève dans la classe « {class_code} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indiquez une classe ou au moins un identifiant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Le compte « {identifier} » a été supprimé entre-temps. Recommencez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/messaging_settings.py" line="+117"/>
        <source>Canal inconnu : {channel}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Le message de test n&apos;est pas parti : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="+44"/>
        <source>Le code ou le lien de ce message a expiré avant son envoi : il n&apos;est plus envoyé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Aucun compte « {identifier} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce compte est un compte du personnel, pas celui d&apos;une famille.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../letters/pdf.py" line="+59"/>
        <source>Aucune lettre à imprimer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Impossible d&apos;écrire le fichier {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{path} est un dossier : indiquez un nom de fichier PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../services/privacy.py" line="+90"/>
        <source>Impossible d&apos;écrire le fichier {path} : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/roster_apply.py" line="+30"/>
        <source>Les comptes de l&apos;établissement ont changé depuis l&apos;aperçu (un autre import ou une autre modification) : refaites l&apos;aperçu avant d&apos;importer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/roster_import.py" line="+71"/>
        <source>Import annulé : rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>L&apos;établissement {uai} n&apos;existe pas encore dans la base : indiquez son nom (il figurera sur les lettres et les messages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Importez un seul fichier ONDE à la fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type d&apos;export inconnu : « {kind} » (siecle ou onde).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Import arrêté : rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Attention : cet import marquerait {leaving} élèves sur {present} ({share} %) comme sortis de l&apos;établissement. Un fichier incomplet, d&apos;une autre année ou d&apos;un autre établissement donne exactement cela : vérifiez le fichier, et confirmez seulement si ces élèves sont vraiment partis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Code UAI « {requested} » invalide : 7 chiffres et une lettre (ex. 0751234A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ces fichiers sont ceux de l&apos;établissement {uai}, pas de {requested}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le fichier n&apos;indique pas l&apos;établissement : précisez son code UAI (option --uai en ligne de commande, par exemple --uai 0751234A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/setup.py" line="+2"/>
        <source>Indiquez le prénom et le nom de l&apos;administrateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Un administrateur existe déjà dans cette base de données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/staff.py" line="-31"/>
        <source>Votre compte du personnel n&apos;est plus actif : reconnectez-vous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cette action est réservée aux administrateurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Rôle inconnu : choisissez administrateur ou secrétariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indiquez le prénom et le nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/accounts_store.py" line="+35"/>
        <source>Aucun compte n&apos;a l&apos;identifiant « {identifier} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../importers/onde.py" line="+51"/>
        <source>{file} : le fichier est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lignes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{file}, ligne {line} : CSV illisible ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}, ligne {line} : guillemet ouvert et jamais refermé, la suite du fichier serait lue comme une seule case (et tous les élèves suivants comme sortis). Import arrêté : corrigez cette ligne ou réexportez le fichier depuis ONDE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ligne {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>INE en double avec la ligne {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>élève en double avec la ligne {line} (mêmes nom, prénom et date de naissance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../importers/fields.py" line="+59"/>
        <location filename="../../services/roster_text.py" line="+29"/>
        <source>nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../importers/onde.py" line="+75"/>
        <source>, responsable {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../importers/fields.py" line="+1"/>
        <source>nom du responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prénom du responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/roster_text.py" line="+0"/>
        <source>nom d&apos;usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../importers/fields.py" line="-2"/>
        <location filename="../../services/roster_text.py" line="+1"/>
        <source>prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/roster_text.py" line="+1"/>
        <source>date de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>INE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identifiant de l&apos;export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retour dans l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} nouveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} nouveaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} inchangé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} inchangés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} sorti de l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} sortis de l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export ONDE du {date}, année scolaire {year} ({files}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export SIECLE du {date}, année scolaire {year} ({files}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export ONDE du {date} ({files}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export SIECLE du {date} ({files}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export ONDE, année scolaire {year} ({files}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export SIECLE, année scolaire {year} ({files}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export ONDE ({files}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export SIECLE ({files}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nom à indiquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Établissement {uai} — {name} (existant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Établissement {uai} — {name} (nouveau : il sera créé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Élèves : {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} élève déjà sorti de l&apos;établissement : aucun compte créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} élèves déjà sortis de l&apos;établissement : aucun compte créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsables légaux : {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liens élève–responsable : {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} personne sans compte : autres contacts, ou responsables d&apos;élèves sortis seulement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} personnes sans compte : autres contacts, ou responsables d&apos;élèves sortis seulement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} responsable : coordonnées données par la famille conservées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} responsables : coordonnées données par la famille conservées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} ligne refusée (voir le détail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} lignes refusées (voir le détail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} avertissement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} avertissements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucun changement : la base est déjà à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field} « {old} » → « {new} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Établissement {uai} créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} élève</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} élèves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} responsables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptes créés : {students}, {guardians} ; {passwords}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} mot de passe provisoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} mots de passe provisoires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptes mis à jour : {students}, {guardians} ; {left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} élève marqué sorti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} élèves marqués sortis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liens élève–responsable : {added}, {changed}, {removed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} ajouté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} ajoutés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+146"/>
        <source>{count} modifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+147"/>
        <source>{count} modifiés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+143"/>
        <source>{count} supprimé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+143"/>
        <source>{count} supprimés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} ligne refusée, non importée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} lignes refusées, non importées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../store/database.py" line="+99"/>
        <source>Cette base de données (schéma {current}) a été créée par une version plus récente d&apos;EduConnect Desktop (schéma {known}). Mettez l&apos;application à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Le fichier {path} est une base SQLite d&apos;une autre application (tables : {tables}) : EduConnect Desktop ne l&apos;ouvre pas et ne l&apos;a pas modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>La base de données {path} n&apos;existe pas. Créez-la avec « educonnect init ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Impossible de créer le dossier {folder} : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Le fichier {path} n&apos;est pas une base EduConnect Desktop lisible ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../store/encryption.py" line="+178"/>
        <source>La copie chiffrée de {source} est incohérente : la base reste en clair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source> (trousseau : {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La base de données {path} est chiffrée (ou n&apos;est pas une base EduConnect Desktop) et sa clé (« {key} ») est introuvable dans le trousseau système{backend}. Ouvrez la session de l&apos;utilisateur qui l&apos;a créée (trousseau déverrouillé), ou restaurez la clé sauvegardée : sans elle, la base ne peut pas être lue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>La clé du trousseau système (« {key} ») n&apos;ouvre pas la base {path} : elle a été chiffrée avec une autre clé, ou le fichier n&apos;est pas une base EduConnect Desktop. Restaurez la clé sauvegardée de ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../store/keys.py" line="+109"/>
        <source>Le trousseau système contient une clé de base de données illisible (« database-key »). Restaurez la clé sauvegardée ; ne la supprimez pas : la base ne pourrait plus être ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../importers/archives.py" line="+106"/>
        <source>{file} : l&apos;archive zip est endommagée ou incomplète.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} : l&apos;archive contient trop de fichiers ({count}) pour être un export SIECLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} : le fichier est protégé par un mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{file} : le fichier est trop volumineux pour être un export (au plus {size} Mo acceptés).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} : le fichier décompressé serait anormalement volumineux ; l&apos;archive est refusée par sécurité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} : lecture impossible ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} : décompression impossible ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../importers/diff.py" line="+119"/>
        <source>sorti de l&apos;établissement le {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sorti de l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+139"/>
        <source>absent de l&apos;export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../importers/errors.py" line="+8"/>
        <source>{file} : fichier introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import annulé : aucune donnée n&apos;a été lue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../importers/fields.py" line="+3"/>
        <source>date de sortie illisible {value}, ignorée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>le numéro {value} n&apos;est pas un portable, ignoré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>« {value} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>date de naissance manquante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date de naissance illisible {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date de naissance invraisemblable {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{what} manquant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} trop long ({length} caractères, {limit} au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>INE {value} mal formé, ignoré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>numéro de portable {value} invalide, ignoré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>adresse e-mail {value} invalide, ignorée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../importers/limits.py" line="+28"/>
        <source>{file} : plus de {limit} {what} ; ce n&apos;est pas l&apos;export d&apos;un seul établissement (fichier refusé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../importers/onde_columns.py" line="+65"/>
        <source>{file} : colonnes obligatoires absentes : {names}. Vérifiez qu&apos;il s&apos;agit bien de l&apos;export des élèves d&apos;ONDE (fichier CSV séparé par des points-virgules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} : colonne obligatoire absente : {names}. Vérifiez qu&apos;il s&apos;agit bien de l&apos;export des élèves d&apos;ONDE (fichier CSV séparé par des points-virgules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../importers/siecle.py" line="+30"/>
        <source>Deux fichiers d&apos;élèves ont été fournis ({first} et {second}) : n&apos;en choisissez qu&apos;un.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deux fichiers de responsables ont été fournis ({first} et {second}) : n&apos;en choisissez qu&apos;un.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Aucun fichier n&apos;a été choisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{file} : ce n&apos;est ni un fichier XML ni une archive zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+27"/>
        <source>fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignoré : ce n&apos;est pas un export SIECLE reconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} : ce n&apos;est pas un export SIECLE (élément racine « {root} », attendu {students} ou {guardians}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} : l&apos;archive ne contient aucun export SIECLE reconnu (ElevesSansAdresses.xml, ElevesAvecAdresses.xml ou ResponsablesAvecAdresses.xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Les fichiers proviennent de deux établissements différents ({first} : {first_uai}, {other} : {other_uai}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Les fichiers portent sur deux années scolaires différentes ({first} : {first_year}, {other} : {other_year}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>exporté le {date}, alors que {first} l&apos;a été le {first_date} : des liens peuvent manquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>lien vers un élève absent du fichier des élèves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../importers/siecle_guardians.py" line="+58"/>
        <source>PERSONNE_ID en double</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>responsables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>liens entre élèves et responsables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PERSONNE sans PERSONNE_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>identifiant PERSONNE_ID manquant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>lien incomplet (ELEVE_ID ou PERSONNE_ID manquant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lien vers une personne absente du fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>RESP_LEGAL illisible {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ni RESP_LEGAL ni NIVEAU_RESPONSABILITE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NIVEAU_RESPONSABILITE illisible {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../importers/siecle_students.py" line="+50"/>
        <source>ELEVE_ID en double</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>INE en double avec l&apos;élève ELEVE_ID={id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>élèves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>plusieurs classes ({classes}) : {kept} retenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>élèves dans les structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ELEVE sans ELEVE_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>identifiant ELEVE_ID manquant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../importers/text_sanity.py" line="+50"/>
        <source>{file} : {count} nom(s) semblent mal décodés ({examples}) : le fichier a sans doute été converti deux fois ou enregistré dans un autre encodage que celui qu&apos;il déclare. Import arrêté : rien n&apos;a été enregistré. Réexportez le fichier depuis le logiciel d&apos;origine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../importers/xml_safety.py" line="+36"/>
        <source>refusée pour des raisons de sécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>balise mal fermée (la balise fermante ne correspond pas à la balise ouverte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>caractère ou balise invalide, le fichier est mal formé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>balise inachevée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fichier vide ou tronqué (fin de fichier inattendue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>erreur de syntaxe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contenu inattendu après la fin du document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attribut en double</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entité non définie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caractère incomplet (problème d&apos;encodage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>référence à un caractère invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encodage déclaré inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>l&apos;encodage déclaré ne correspond pas au contenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>section CDATA non fermée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>déclaration XML mal placée (elle doit ouvrir le fichier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>déclaration XML mal formée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{file} : fichier encodé en UTF-16 ; SIECLE exporte en ISO-8859-15 ou en UTF-8 : réexportez-le depuis SIECLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}, ligne {line} : le fichier n&apos;est pas encodé en UTF-8 comme il le déclare (caractère accentué invalide) ; réexportez-le depuis SIECLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>le fichier se déclare en {encoding} mais ses lettres accentuées sont écrites en UTF-8 : il a été lu en UTF-8 (sinon « Léa » serait devenue « LÃ©a ») ; vérifiez les noms accentués</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file} : encodage « {encoding} » inconnu ou non pris en charge ; SIECLE exporte en ISO-8859-15 ou en UTF-8 : réexportez le fichier depuis SIECLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{file} : fichier vide ou tronqué.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+138"/>
        <source>{file} : éléments imbriqués trop profondément ; ce n&apos;est pas un export SIECLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>{file} : un enregistrement « {tag} » est anormalement grand ; ce n&apos;est pas un export SIECLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{file} : le fichier contient une déclaration d&apos;entités (DTD) {security}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} : le fichier déclare des entités XML, {security}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} : le fichier fait référence à une ressource externe, {security}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} : encodage illisible ({error}) ; réexportez le fichier depuis SIECLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fichier XML mal formé ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, ligne {line} : {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../letters/errors.py" line="+19"/>
        <source>Impression annulée : aucun fichier n&apos;a été écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../letters/fonts.py" line="+25"/>
        <source>Impossible d&apos;imprimer les lettres : la police DejaVu est introuvable sur ce poste (sans elle, le PDF ne contiendrait aucun texte). Installez le paquet fonts-dejavu-core (apt-get install fonts-dejavu-core) ou copiez les fichiers DejaVu dans {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../messaging/sms_gateway.py" line="+37"/>
        <source>Passerelle SMS non configurée (sms.url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Jeton de la passerelle SMS absent du trousseau système : enregistrez-le avec « educonnect config set-secret sms » ou dans les réglages de l&apos;envoi des messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Jeton de la passerelle SMS absent du trousseau système.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Passerelle SMS injoignable ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La passerelle SMS n&apos;a pas répondu à temps ({seconds} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erreur de communication avec la passerelle SMS ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTP {status} : {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La passerelle SMS redirige ailleurs ({detail}) : vérifiez sms.url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La passerelle SMS refuse le jeton ({detail}) : vérifiez-le avec « educonnect config set-secret sms ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passerelle SMS momentanément indisponible ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS refusé par la passerelle ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../messaging/smtp.py" line="+27"/>
        <source>Serveur SMTP {host}:{port} injoignable ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Serveur SMTP non configuré (smtp.host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mot de passe SMTP absent du trousseau système : enregistrez-le avec « educonnect config set-secret smtp » ou dans les réglages de l&apos;envoi des messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adresse d&apos;expédition non configurée (smtp.from_address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse d&apos;expédition incorrecte : {address}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fichier d&apos;autorité de certification introuvable : {file} (smtp.ca_file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authentification SMTP refusée sans chiffrement : choisissez smtp.security = &quot;starttls&quot; ou &quot;tls&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mot de passe SMTP absent du trousseau système.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fichier d&apos;autorité de certification {file} illisible ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse refusée par le serveur SMTP ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse temporairement refusée par le serveur SMTP ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message refusé par le serveur SMTP ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message temporairement refusé par le serveur SMTP ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authentification SMTP refusée ({detail}) : vérifiez smtp.username et le mot de passe du trousseau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serveur SMTP {host}:{port} injoignable (pas de réponse en {seconds} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le serveur SMTP n&apos;a pas répondu à temps ({seconds} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le serveur SMTP ne permet pas ce qui est configuré ({detail}) : vérifiez smtp.security et smtp.username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Réponse inattendue du serveur SMTP ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erreur SMTP : {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connexion chiffrée impossible avec {host} : {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secret_store.py" line="+59"/>
        <source>Aucun trousseau système disponible (backend : {backend}). Installez ou déverrouillez un trousseau (GNOME Keyring, KWallet...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Le trousseau système ({backend}) a refusé de {action} le secret : {detail}. Déverrouillez-le puis réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/conflicts.py" line="+46"/>
        <source>Choisissez la valeur à garder : celle du serveur ou celle du poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/engine.py" line="+54"/>
        <source>L&apos;inscription du poste auprès du serveur central est réservée aux administrateurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>L&apos;identifiant secret du poste est absent du trousseau : inscrivez ce poste à nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Le serveur n&apos;a pas tout accusé : synchronisation à reprendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Le poste travaille sans arrêt : la réception reprendra à la prochaine synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/errors.py" line="+15"/>
        <source>Ce poste n&apos;est inscrit auprès d&apos;aucun serveur central : lancez « educonnect sync enroll --server URL --code CODE ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ce poste est déjà inscrit auprès d&apos;un serveur central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/incoming.py" line="+75"/>
        <source>Les changements reçus du serveur n&apos;ont pas pu être enregistrés : un compte local d&apos;un autre établissement porte le même identifiant ({detail}). Rien n&apos;a été modifié sur ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/transport.py" line="+32"/>
        <source>Adresse de serveur invalide : « {url} » (attendu : https://serveur:8470).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le serveur central doit être joint en https (http n&apos;est accepté que vers 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Le certificat du serveur central ({server}) n&apos;est pas reconnu. Si le serveur utilise une autorité privée, inscrivez le poste avec --ca-file FICHIER.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Serveur central injoignable ({server} : {problem}). Le travail de ce poste est conservé ; réessayez plus tard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificat d&apos;autorité illisible ({file}) : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Le serveur central a refusé la demande (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/sync_controller.py" line="+35"/>
        <source>Aucun trousseau système n&apos;est ouvert sur ce poste : l&apos;identifiant secret de la synchronisation ne peut être ni gardé ni lu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Ce poste n&apos;est plus inscrit auprès d&apos;un serveur central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../messaging/delivery.py" line="+33"/>
        <source>Canal non configuré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoi interrompu par l&apos;arrêt de l&apos;application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erreur interne ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/refusals.py" line="+15"/>
        <source>Ce poste a été révoqué par l&apos;administrateur du serveur central. Il continue de fonctionner hors ligne ; pour reprendre la synchronisation, demandez un nouveau code d&apos;inscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identification du poste refusée par le serveur central. Inscrivez ce poste à nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code d&apos;inscription inconnu, expiré ou déjà utilisé. Demandez un nouveau code à l&apos;administrateur du serveur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les changements depuis la dernière synchronisation de ce poste ne sont plus conservés par le serveur central : une copie complète de l&apos;établissement va être reprise (les opérations du poste sont envoyées d&apos;abord).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ce poste utilise une version trop ancienne d&apos;EduConnect Desktop pour se synchroniser. Il continue de fonctionner hors ligne : mettez l&apos;application à jour pour reprendre la synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce poste est plus récent que le serveur central : le serveur doit être mis à jour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../ui/secretariat/staff_tab.py" line="+27"/>
        <source>Nom</source>
        <translation type="unfinished">الاسم العائلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation type="unfinished">الاسم الشخصي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant</source>
        <translation type="unfinished">المعرّف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membres du personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prénom du nouveau membre du personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom du nouveau membre du personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rôle du nouveau membre du personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter le membre du personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>P&amp;rénom :</source>
        <translation type="unfinished">الاسم ال&amp;شخصي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nom :</source>
        <translation type="unfinished">الاسم ال&amp;عائلي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rô&amp;le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mem&amp;bres du personnel :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{0} {1} est ajouté(e) avec l&apos;identifiant {2}. Remettez-lui son mot de passe provisoire, affiché une seule fois : il devra le changer à sa première connexion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="+103"/>
        <source>Établissement</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+48"/>
        <source>Langue</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Langue de l&apos;interface (actuelle)</source>
        <translation>لغة الواجهة (الحالية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langue de l&apos;interface</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>EduConnect — accueil des familles</source>
        <translation>EduConnect — استقبال العائلات</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Services en ligne — EduConnect</source>
        <translation>الخدمات الإلكترونية — EduConnect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un compte unique pour accéder aux services numériques des écoles et des établissements de vos enfants, ou des vôtres.</source>
        <translation>حساب واحد للوصول إلى الخدمات الرقمية لمدارس ومؤسسات أطفالك، أو لخدماتك أنت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Je &amp;dispose d&apos;un compte EduConnect</source>
        <translation>&amp;لديّ حساب EduConnect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je dispose d&apos;un compte EduConnect</source>
        <translation>لديّ حساب EduConnect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Je &amp;n&apos;ai pas de compte EduConnect</source>
        <translation>ليس لديّ &amp;حساب EduConnect</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Je n&apos;ai pas de compte EduConnect</source>
        <translation>ليس لديّ حساب EduConnect</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Identifiant perdu</source>
        <translation>ال&amp;معرّف المفقود</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identifiant perdu</source>
        <translation>المعرّف المفقود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mot de passe perdu</source>
        <translation>&amp;كلمة المرور المفقودة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mot de passe perdu</source>
        <translation>كلمة المرور المفقودة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>J&apos;ai reçu une &amp;lettre de l&apos;établissement (identifiant et mot de passe provisoire)</source>
        <translation>تلقيت &amp;رسالة من المؤسسة (المعرّف وكلمة المرور المؤقتة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activer mon compte avec la lettre de l&apos;établissement</source>
        <translation>تفعيل حسابي بواسطة رسالة المؤسسة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je suis &amp;parent et je n&apos;ai pas encore d&apos;identifiant : créer mon compte par SMS</source>
        <translation>أنا &amp;وليّ أمر وليس لديّ معرّف بعد: إنشاء حسابي عبر SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créer mon compte parent par SMS</source>
        <translation>إنشاء حساب وليّ الأمر عبر SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>J&apos;avais un &amp;ancien compte ATEN ou ATEN-élève</source>
        <translation>كان لديّ حساب &amp;قديم ATEN أو ATEN-élève</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passer de mon ancien compte ATEN à EduConnect</source>
        <translation>الانتقال من حسابي القديم ATEN إلى EduConnect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Retour</source>
        <translation>&lt; ال&amp;عودة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retour</source>
        <translation>عودة</translation>
    </message>
</context>
<context>
    <name>StrengthAdvice</name>
    <message>
        <location filename="../../ui/strength_advice.py" line="+13"/>
        <source>Ajoutez un ou deux mots, les mots peu courants sont meilleurs.</source>
        <translation>أضف كلمة أو كلمتين، والكلمات غير الشائعة أفضل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisez plusieurs mots peu courants, évitez les expressions toutes faites.</source>
        <translation>استخدم عدة كلمات غير شائعة، وتجنّب العبارات الجاهزة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Évitez d&apos;utiliser votre nom, votre prénom ou votre identifiant.</source>
        <translation>تجنّب استخدام اسمك العائلي أو اسمك الشخصي أو معرّفك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Évitez d&apos;utiliser votre date de naissance.</source>
        <translation>تجنّب استخدام تاريخ ميلادك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce mot de passe contient le prénom et l&apos;année de naissance d&apos;un enfant.</source>
        <translation>تحتوي كلمة المرور هذه على الاسم الشخصي لطفل وسنة ميلاده.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce mot de passe contient le prénom d&apos;un enfant.</source>
        <translation>تحتوي كلمة المرور هذه على الاسم الشخصي لطفل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les suites de touches du clavier comme « azerty » sont faciles à deviner.</source>
        <translation>تتابعات مفاتيح لوحة المفاتيح مثل « azerty » سهلة التخمين.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les motifs courts dessinés sur le clavier sont faciles à deviner.</source>
        <translation>الأنماط القصيرة المرسومة على لوحة المفاتيح سهلة التخمين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Évitez les suites de touches du clavier.</source>
        <translation>تجنّب تتابعات مفاتيح لوحة المفاتيح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les répétitions comme « aaa » sont faciles à deviner.</source>
        <translation>التكرارات مثل « aaa » سهلة التخمين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».</source>
        <translation>التكرارات مثل « abcabcabc » أصعب تخميناً بقليل فقط من « abc ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Évitez les mots et les caractères répétés.</source>
        <translation>تجنّب الكلمات والحروف المكرّرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les suites comme « abc » ou « 6543 » sont faciles à deviner.</source>
        <translation>التتابعات مثل « abc » أو « 6543 » سهلة التخمين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Évitez les suites de caractères.</source>
        <translation>تجنّب تتابعات الحروف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les années récentes sont faciles à deviner.</source>
        <translation>السنوات الأخيرة سهلة التخمين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Évitez les années récentes.</source>
        <translation>تجنّب السنوات الأخيرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Évitez les années qui vous concernent.</source>
        <translation>تجنّب السنوات المرتبطة بك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les dates et les années sont faciles à deviner.</source>
        <translation>التواريخ والسنوات سهلة التخمين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Évitez les dates et les années qui vous concernent.</source>
        <translation>تجنّب التواريخ والسنوات المرتبطة بك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Des chiffres ou un symbole ajoutés à un mot sont faciles à deviner.</source>
        <translation>الأرقام أو الرمز المضاف إلى كلمة سهلة التخمين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Évitez de simplement ajouter une année ou « 123 » suivis d&apos;un symbole.</source>
        <translation>تجنّب الاكتفاء بإضافة سنة أو « 123 » متبوعة برمز.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceci figure parmi les 10 mots de passe les plus courants.</source>
        <translation>هذه من بين كلمات المرور العشر الأكثر شيوعاً.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceci figure parmi les 100 mots de passe les plus courants.</source>
        <translation>هذه من بين كلمات المرور المئة الأكثر شيوعاً.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceci est un mot de passe très courant.</source>
        <translation>هذه كلمة مرور شائعة جداً.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceci ressemble à un mot de passe courant.</source>
        <translation>هذه تشبه كلمة مرور شائعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un mot seul est facile à deviner.</source>
        <translation>الكلمة الواحدة سهلة التخمين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les noms et les prénoms seuls sont faciles à deviner.</source>
        <translation>الأسماء العائلية والشخصية وحدها سهلة التخمين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les noms et les prénoms courants sont faciles à deviner.</source>
        <translation>الأسماء العائلية والشخصية الشائعة سهلة التخمين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une majuscule au début n&apos;aide pas beaucoup.</source>
        <translation>الحرف الكبير في البداية لا يفيد كثيراً.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tout écrire en majuscules est presque aussi facile à deviner que tout en minuscules.</source>
        <translation>كتابة كل شيء بالأحرف الكبيرة تكاد تكون بسهولة تخمين الأحرف الصغيرة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les mots écrits à l&apos;envers ne sont pas beaucoup plus difficiles à deviner.</source>
        <translation>الكلمات المكتوبة بالمقلوب ليست أصعب تخميناً بكثير.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les substitutions prévisibles comme « @ » à la place de « a » n&apos;aident pas beaucoup.</source>
        <translation>الاستبدالات المتوقّعة مثل « @ » بدلاً من « a » لا تفيد كثيراً.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/secretariat/sync_status_text.py" line="+46"/>
        <source>à l&apos;instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>il y a {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>il y a {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>il y a {days} jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>il y a {days} jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} modification en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} modifications en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Synchronisation : non configurée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce poste travaille seul : il n&apos;est inscrit auprès d&apos;aucun serveur central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Première synchronisation en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les comptes de l&apos;établissement arrivent du serveur central ; vous pouvez continuer à travailler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synchronisation en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hors ligne — {waiting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hors ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mise à jour nécessaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisation impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisé {ago}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pas encore synchronisé — {waiting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas encore synchronisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} conflit à traiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} conflits à traiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serveur central : {server}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dernière synchronisation réussie {ago}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le travail de ce poste est conservé et sera envoyé dès que le serveur répondra.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../ui/secretariat/sync_bar.py" line="+20"/>
        <source>Barre d&apos;état de la synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>État de la synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Première synchronisation en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ynchroniser maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchroniser maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyer les modifications de ce poste et recevoir celles des autres (Alt+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <location filename="../../ui/registration/unavailable_page.py" line="+18"/>
        <source>Créer mon compte</source>
        <translation>إنشاء حسابي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;La création de compte par SMS est indisponible sur ce poste pour le moment.&lt;/p&gt;&lt;p&gt;Utilisez l&apos;identifiant et le mot de passe provisoire de la lettre remise par l&apos;établissement, ou adressez-vous au secrétariat.&lt;/p&gt;</source>
        <translation>&lt;p&gt;إنشاء الحساب عبر SMS غير متاح على هذا الجهاز حالياً.&lt;/p&gt;&lt;p&gt;استخدم المعرّف وكلمة المرور المؤقتة الواردين في الرسالة التي سلّمتها لك المؤسسة، أو توجّه إلى الأمانة.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Création de compte par SMS indisponible</source>
        <translation>إنشاء الحساب عبر SMS غير متاح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>J&apos;ai une &amp;lettre de l&apos;établissement</source>
        <translation>لديّ &amp;رسالة من المؤسسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activer mon compte avec la lettre de l&apos;établissement</source>
        <translation>تفعيل حسابي بواسطة رسالة المؤسسة</translation>
    </message>
</context>
<context>
    <name>WizardButtons</name>
    <message>
        <location filename="../../ui/wizard_support.py" line="+137"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; ال&amp;سابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Précédent</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suivant &gt;</source>
        <translation>ال&amp;تالي &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suivant</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terminer</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminer</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/secretariat/workspace.py" line="+47"/>
        <source>{0} {1} — {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personne connectée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Importer un export SIECLE / ONDE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&amp;ettres d&apos;une classe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accueil des &amp;familles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir l&apos;accueil des familles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verrouille votre session, puis ouvre l&apos;accueil des familles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Config&amp;uration de l&apos;envoi des messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration de l&apos;envoi des messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Configurer la s&amp;ynchronisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscrire ce poste au serveur central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscrire ce poste au serveur central de l&apos;académie (Alt+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Verrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verrouiller la session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verrouiller la session (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se &amp;déconnecter</source>
        <translation type="unfinished">تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Se déconnecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Onglets de l&apos;espace du secrétariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Comptes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journal d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Espace du secrétariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+4"/>
        <source>Conflits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflits ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
