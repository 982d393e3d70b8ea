"""French words, first names, family names and places, roughly most common first.

Hand-written for the strength estimate, which would otherwise take `chaussette`
or `marguerite` for random letters. Lowercase ASCII without accents: the
matcher folds the password the same way. Position in a list is the rank.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(text.split()))


FRENCH_WORDS = _words("""
le la les un une des de du et est pas que qui pour dans sur avec par mais ou
plus tout tous toute bien tres bon bonne oui non moi toi lui elle nous vous eux
elles mon ton son ma ta sa mes tes ses notre votre leur leurs ce cet cette ces
amour vie jour nuit temps monde homme femme enfant enfants fille garcon ami amie
maison famille pere mere frere soeur fils oncle tante cousin cousine grandpere
grandmere parents bebe mari epouse copain copine voisin voisine maitre maitresse
coeur ame esprit corps tete main mains pied pieds yeux oeil bouche nez oreille
bras jambe dos ventre cheveux visage sourire larme sang peau dent dents
eau feu terre air ciel mer ocean soleil lune etoile etoiles nuage pluie neige
vent orage tempete arcenciel foudre glace brouillard saison printemps ete
automne hiver matin midi soir minuit aube aurore crepuscule
lundi mardi mercredi jeudi vendredi samedi dimanche semaine mois annee an
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre
decembre noel paques toussaint anniversaire fete vacances weekend
zero un deux trois quatre cinq six sept huit neuf dix onze douze treize
quatorze quinze seize vingt trente quarante cinquante soixante cent mille
million premier premiere second seconde dernier derniere
rouge bleu vert jaune noir blanc rose violet orange marron gris beige turquoise
argent or dore argente bleue verte noire blanche grise violette
chat chien chaton chiot cheval poney lapin souris rat hamster cochon vache
mouton chevre poule coq canard oie dinde oiseau aigle faucon hibou chouette
corbeau pigeon moineau merle rossignol perroquet pingouin manchot cygne
poisson requin baleine dauphin phoque pieuvre crabe tortue grenouille serpent
lezard crocodile lion lionne tigre panthere leopard guepard jaguar ours loup
renard cerf biche sanglier ecureuil herisson castor elephant girafe zebre
singe gorille chimpanze kangourou koala panda rhinoceros hippopotame chameau
dromadaire papillon abeille guepe fourmi mouche moustique araignee coccinelle
escargot licorne dragon phenix sirene fee lutin sorciere sorcier magicien
fleur fleurs rose tulipe marguerite violette lilas lys jasmin lavande orchidee
tournesol coquelicot muguet pivoine iris camelia jonquille arbre arbres foret
bois feuille branche racine chene sapin pin palmier bouleau saule olivier
cerisier pommier herbe jardin prairie champ montagne colline vallee riviere
fleuve lac etang ile plage sable rocher falaise desert volcan grotte cascade
source chemin route rue village ville campagne pays
pomme poire peche abricot prune cerise fraise framboise myrtille mure cassis
groseille raisin melon pasteque banane orange citron mandarine clementine
pamplemousse ananas mangue kiwi noix noisette amande chataigne marron figue
datte coco tomate carotte patate pomme de terre salade laitue chou brocoli
haricot petitpois poireau oignon ail radis concombre courgette aubergine
poivron champignon citrouille potiron mais riz pates pain baguette croissant
brioche gateau tarte crepe gaufre biscuit bonbon chocolat caramel vanille
sucre miel confiture nutella beurre fromage lait creme yaourt oeuf oeufs
viande poulet boeuf porc jambon saucisson saucisse steak frites pizza burger
sandwich soupe omelette quiche raclette fondue tartiflette couscous
cafe the chocolatchaud jus soda limonade sirop biere vin champagne cidre
repas dejeuner diner gouter petitdejeuner cuisine recette
ecole college lycee universite fac classe cours lecon devoir devoirs
exercice examen controle note notes bulletin brevet bac baccalaureat diplome
eleve eleves etudiant etudiante professeur prof maitre directeur directrice
principal proviseur surveillant cantine recreation recre recree cour preau
cartable trousse stylo crayon gomme regle ciseaux colle cahier classeur
livre livres bibliotheque tableau craie feutre calculatrice ordinateur
tablette telephone portable mathematiques maths francais anglais espagnol
allemand italien latin grec histoire geographie sciences physique chimie
biologie svt technologie musique dessin art arts sport eps informatique
lecture ecriture calcul dictee poesie poeme grammaire orthographe conjugaison
vocabulaire
sport football foot basket basketball tennis rugby handball volley natation
piscine judo karate boxe danse gymnastique equitation velo ski surf skate
course marathon match equipe joueur joueuse but ballon champion championne
victoire coupe medaille stade arbitre entraineur
musique chanson chanteur chanteuse guitare piano violon batterie flute
trompette saxophone harpe accordeon concert disque rap rock jazz pop reggae
film cinema serie television tele radio jeu jeux jeuxvideo console manette
dessinanime bande dessinee manga roman histoire conte aventure mystere
voiture auto moto scooter camion bus car train metro tram avion bateau fusee
helicoptere tracteur taxi ambulance pompier police gendarme docteur medecin
infirmier infirmiere dentiste pharmacien avocat juge policier boulanger
boucher fermier pecheur chasseur artiste peintre acteur actrice ecrivain
pilote soldat marin roi reine prince princesse chevalier chateau tresor
pirate cowboy indien robot monstre fantome vampire zombie heros super
maison appartement chambre salon cuisine salle bain toilettes jardin garage
grenier cave porte fenetre mur toit escalier lit table chaise canape fauteuil
armoire placard lampe miroir tapis rideau coussin couette oreiller
vetement pantalon jean chemise tshirt pull robe jupe short manteau veste
blouson chaussure chaussures basket baskets botte bottes chaussette
chaussettes chapeau casquette bonnet echarpe gant gants lunettes sac
bijou bague collier bracelet montre
argent euro euros prix cadeau cadeaux surprise secret cle clef tresor
paix guerre liberte egalite fraternite justice verite mensonge espoir reve
reves souvenir souvenirs bonheur malheur joie tristesse peur colere courage
force faiblesse gloire honneur fierte confiance patience sagesse beaute
douceur tendresse passion desir envie plaisir calme silence lumiere ombre
tenebres magie mystere destin chance hasard avenir passe present
amitie fidelite loyaute respect politesse
aimer adorer manger boire dormir jouer chanter danser courir marcher nager
sauter rire pleurer parler dire faire aller venir voir regarder ecouter
lire ecrire dessiner peindre compter apprendre comprendre savoir pouvoir
vouloir devoir prendre donner mettre partir rester vivre mourir naitre
grandir gagner perdre chercher trouver ouvrir fermer entrer sortir monter
descendre tomber voler nager penser croire esperer rever oublier attendre
travailler etudier reviser cuisiner voyager conduire rouler
petit petite grand grande gros grosse beau belle joli jolie mignon mignonne
gentil gentille mechant mechante fort forte faible rapide lent lente
chaud chaude froid froide nouveau nouvelle vieux vieille jeune heureux
heureuse triste content contente fou folle drole serieux sage calme
libre seul seule fier fiere doux douce dur dure vrai vraie faux fausse
super genial trop mega hyper top cool nul nulle bete bizarre magique
parfait parfaite unique special speciale magnifique merveilleux fantastique
incroyable formidable terrible horrible adorable
bonjour bonsoir salut coucou merci bravo pardon svp stp oui ouais non bisous
bisou bise adieu aurevoir bienvenue felicitations courage allez vive
france francais francaise europe monde planete univers espace galaxie
terre mars jupiter saturne venus mercure neptune pluton
dieu ange anges diable paradis enfer eglise ciel priere
""")

FRENCH_FIRST_NAMES = _words("""
marie jean pierre michel philippe alain nicolas christophe patrick daniel
nathalie isabelle sylvie catherine francoise martine christine sandrine
valerie veronique sophie stephanie celine julie laurence monique nicole
christian eric frederic laurent stephane david pascal olivier thierry
sebastien bernard francois dominique didier jerome vincent bruno gilles
serge jacques andre claude rene marcel gerard yves henri georges paul louis
robert roger joel fabrice franck cedric guillaume arnaud benoit damien
emmanuel fabien gregory jeremy jonathan ludovic mickael michael anthony
yannick xavier herve lionel alexis benjamin loic matthieu mathieu yohann
cyril sylvain francis raymond jeanpierre jeanclaude jeanmarc jeanluc
jeanfrancois jeanjacques jeanmichel jeanlouis jeanpaul jeanbaptiste
marieclaire mariechristine marieanne annemarie mariepierre mariehelene
annesophie annelaure
lucas hugo louis gabriel jules arthur adam raphael leo nathan ethan enzo
tom theo noah mathis maxime thomas alexandre antoine paul sacha mael timeo
nolan liam aaron gabin axel evan baptiste clement romain quentin kevin dylan
julien florian valentin matteo victor samuel simon martin tristan noe eden
mohamed mohammed yanis rayan ilyes ayoub amir adem ismael imran younes
bilal karim mehdi sofiane walid nassim hamza yassine anis malik moussa
mamadou ibrahim ali omar youssef idriss marius augustin achille lenny
lyam milo oscar sohan lenny kylian killian kilian maxence corentin bastien
remi dorian esteban hugo loris mattheo nael noam ilan isaac elias joseph
charles edouard henri baptiste alexis mathys titouan tiago diego ruben
emma jade louise alice chloe lina lea rose anna mila ambre julia mia ines
lola manon camille sarah zoe juliette lucie clara eva romane jeanne lena
agathe margaux elise charlotte pauline laura oceane morgane marine anais
melanie aurelie emilie audrey amandine elodie jessica laetitia sabrina
nadia yasmine yasmina sara maelys louna nina capucine apolline victoire
candice lilou maeva mathilde claire helene anne valentine justine elsa
salome maya lise noemie adele celia leonie gabrielle nour assia aya
inaya lyna lilya jasmine alicia alexia axelle cassandra clemence coralie
estelle fanny flora florence gaelle heloise iris jennifer karine lisa
lou lucile madeleine marion melissa mylene naomi oriane perrine rachel
rebecca solene sonia tiphaine vanessa victoria zelie kenza imane sirine
fatima fatou aicha amina khadija leila samia rania malak meryem ilana
louane louisa lana elena margot maelle romy alix mathis emy
""")

FRENCH_SURNAMES = _words("""
martin bernard thomas petit robert richard durand dubois moreau laurent simon
michel lefebvre leroy roux david bertrand morel fournier girard bonnet dupont
lambert fontaine rousseau vincent muller lefevre faure andre mercier blanc
guerin boyer garnier chevalier francois legrand gauthier garcia perrin robin
clement morin nicolas henry roussel mathieu gautier masson marchand duval
denis dumont marie lemaire noel meyer dufour meunier brun blanchard giraud
joly riviere lucas brunet gaillard barbier arnaud martinez gerard roche
renard schmitt roy leroux colin vidal caron picard roger fabre aubert lemoine
renaud dumas lacroix olivier philippe bourgeois pierre benoit rey leclerc
payet rolland leclercq guillaume lecomte lopez jean dupuy guillot hubert
berger carpentier sanchez dupuis moulin louis deschamps huet vasseur perez
boucher fleury royer klein jacquet adam paris poirier marty aubry guyot
carre charles renault charpentier menard maillard baron bertin bailly herve
schneider fernandez legall collet leger bouvier julien prevost millet perrot
daniel lebrun cousin germain breton besson langlois remy pelletier leveque
perrier leblanc barre lebon marchal weber mallet hamon boulanger jacob
monnier michaud rodriguez guichard gillet etienne grondin poulain tessier
chevallier collin chauvin bouchet gay lemaitre benard marechal humbert
reynaud antoine hoarau perret barthelemy cordier pichon lejeune gilbert lamy
delaunay pasquier carlier laporte durant dupond martins ferreira pereira
dasilva santos rodrigues gomes diallo traore diop ndiaye kone camara cisse
ben benali bensaid haddad mansour hamdi
""")

FRENCH_PLACES = _words("""
paris marseille lyon toulouse nice nantes montpellier strasbourg bordeaux
lille rennes reims toulon saintetienne lehavre grenoble dijon angers nimes
villeurbanne clermont clermontferrand lemans aix aixenprovence brest tours
amiens limoges annecy perpignan boulogne metz besancon orleans rouen mulhouse
caen nancy argenteuil montreuil saintdenis roubaix tourcoing nanterre
avignon vitry creteil poitiers dunkerque versailles pau colombes aulnay
asnieres rueil calais cannes antibes ajaccio bastia lorient larochelle
quimper vannes saintmalo biarritz bayonne chambery valence troyes laval
cholet niort colmar beziers montauban evreux chartres belfort charleville
bourges auxerre arras lens douai valenciennes cambrai saintquentin beauvais
compiegne meaux melun cergy evry massy saintnazaire cherbourg angouleme agen
albi tarbes carcassonne narbonne sete ales arles gap frejus hyeres menton
grasse lourdes vichy bourg macon nevers blois vierzon chateauroux lisieux
cayenne fortdefrance pointeapitre mamoudzou saintpierre saintpaul
reunion martinique guadeloupe guyane mayotte tahiti polynesie caledonie
corse bretagne normandie alsace lorraine provence picardie bourgogne
auvergne savoie hautesavoie vendee gironde dordogne ardeche aveyron landes
pyrenees alpes jura vosges champagne ardennes camargue cotedazur riviera
occitanie aquitaine limousin berry sologne beauce artois flandre
france europe afrique amerique asie algerie maroc tunisie senegal mali
cameroun congo cotedivoire haiti portugal espagne italie belgique suisse
allemagne angleterre irlande ecosse luxembourg monaco andorre quebec canada
montreal bruxelles geneve lausanne londres berlin rome madrid lisbonne
newyork miami californie floride hollywood tokyo japon chine inde bresil
""")

# Names French families give their pets, and the endearments that double as such.
FRENCH_PETS = _words("""
minou filou caramel pompon gribouille noisette reglisse biscotte chipie titou
moka pistache praline chouquette vanille caline choupette gribouillis frimousse
pepette felix tigrou simba nala oscar milou idefix rantanplan pollux snoopy
rex medor sultan rocky max tango oreo cookie pepsi kiwi chipie biscuit
plume pupuce mistigri grisou grisette minette mimine moustache moumoute
pacha caramelle nougat guimauve cannelle muscade truffe chocolat brownie
sushi ficelle pixel choupinette titi gribouillette bouboule boule
poupouille loustic filoute pilou kiki zouzou doudou nounou loulou
""")

# French written as in text messages: attackers try them as words.
FRENCH_SMS = _words("""
jtm jtmmm jtmmmm jtmm jetm jtaime jtadore jtd mdr ptdr xptdr lol lool mdrr tkt
slt cc coucou jsp jpp osef stp svp bsx bisouxx bisoux bizou bizous biz bb bebe
4ever forever 4life 2moro jtmbb mamour mavie monbb tqt oklm wesh bg bgdu
""")

# Words of school life that people put in passwords set at school.
FRENCH_SCHOOL = _words("""
rentree college lycee ecole sixieme cinquieme quatrieme troisieme seconde
terminale brevet bac cahier cartable trousse recreation recre cantine classe
prof professeur maitresse directeur principal devoirs vacances toussaint
""")
