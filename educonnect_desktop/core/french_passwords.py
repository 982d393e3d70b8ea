"""Passwords French speakers use a lot, most common first.

Written by hand from well-known French habits (AZERTY rows, terms of
endearment, football clubs, cities, school words) to complement zxcvbn's
English-centred lists. Lowercase ASCII: the matcher folds accents and case.
The position in the list is the rank the strength estimate uses.
"""

from __future__ import annotations

_TEXT = """
azerty motdepasse azertyuiop soleil doudou marseille loulou chouchou bonjour
jetaime azerty123 azerty1 nicolas coucou chocolat princesse doudou1 amour
qsdfghjklm wxcvbn qsdfgh azer azert azertyu azertyui azertyuio aze123 azerty12
azerty1234 motdepasse1 motdepasse123 mdp mdp123 mdp1234 mdpmdp motdepass mot2passe
mot2pass 1234azerty
jetaime1 jetaime2 jetaimemoncoeur jtm jtaime jetadore teamo moncoeur mamour
moncheri macherie cherie cheri bisous bisou bisounours nounours tigrou titi toto
tata tutu lili lulu kiki coco cocotte mimi minou minette pupuce puce choupette
chouquette cacahuete poussin bebe bebe1 bebou bibou doudoune loulou1 chouchou1
ptitcoeur ptitange ange angel monange monamour amoureux amoureuse tkt mdr ptdr
lol cool salut bonsoir bienvenue merci secret motdepasses passe passepartout
sesame ouvretoi sesameouvretoi admin administrateur utilisateur invite
marseille13 om olympiquedemarseille allezlom allezom omdroitaubut massilia
psg parissg parissaintgermain icicestparis allezparis paris75 ol olympiquelyonnais
allezlol asse allezlesverts saintetienne girondins fcgb fcnantes allezlesjaunes
losc rclens sangetor staderennais rennes ogcnice asmonaco monaco rcstrasbourg
toulousefc montpellierhsc fcmetz aja sochaux stadedereims fcsm acajaccio scbastia
allezlesbleus lesbleus equipedefrance championdumonde france france98 france2018
vivelafrance zidane zizou mbappe griezmann benzema ribery henry platini cantona
pogba giroud kante deschamps lloris payet papin drogba ronaldo messi neymar
football foot footballeur basket rugby tennis handball judo danse equitation
cheval chevaux chat chaton chien chiot lapin tortue dauphin panda lion tigre
loup papillon fleur fleurs rose etoile etoiles lune soleil1 ciel nuage arcenciel
fraise framboise cerise pomme banane orange citron vanille caramel nutella
tartine crepe crepes fromage baguette croissant chocolat1 bonbon bonbons
vacances liberte bonheur famille maison voiture moto musique danseuse chanteur
chanson guitare piano batterie manga dessin jeux jeuxvideo minecraft fortnite
pokemon pikachu sonic mario zelda roblox playstation nintendo xbox
paris lyon toulouse bordeaux nantes lille nice strasbourg montpellier brest
bretagne normandie corse alsace provence marseille1 paris1 nice06 ajaccio
bastia reunion martinique guadeloupe guyane mayotte quebec bruxelles belgique
suisse geneve lausanne algerie maroc tunisie senegal portugal espagne italie
ecole college lycee eleve eleves prof professeur classe cantine recre maths
francais histoire anglais devoirs cahier stylo cartable educonnect pronote
monlycee ent toutatice laclasse eduscol academie
maman papa mamie papi papy tonton tata1 frere soeur cousin cousine bebe2
maman1 papa1 mamounette mapuce monbebe mesenfants enfants famille1 lesenfants
bonjour1 salut1 coucou1 soleil123 soleil2 loulou2 doudou2 chouchou2 nicolas1
julien thomas camille manon sarah kevin pierre antoine alexandre maxime
vincent romain clement lucas hugo lea chloe emma ines jade louise marine
mathilde pauline laura julie celine sandrine nathalie isabelle sophie
stephanie christine catherine sylvie martine valerie aurelie emilie elodie
jeremy jonathan florian quentin guillaume sebastien mickael anthony yannick
loveyou iloveyou jetaimemamour toujours pourtoujours avie alavie amitie
copain copine meilleureamie bff mescopines amis ami amie
dieu jesus marie allah bismillah inchallah hamdoulah mektoub habibi habiba
liberteegalitefraternite marianne tourdefrance toureiffel eiffel louvre
bonjourbonjour azertyazerty soleilsoleil loveloveloveyou
qwerty123 qwertz azertyqwerty aqwzsx azqswx wxcvbn123 azsxdc qsdfqsdf
azqs azsx azerqsdf azerqsdfwxcv poiuytreza mlkjhgfdsq nbvcxw
0000 1111 1212 1313 1234 4321 6969 1789 2000 007 123soleil 123azerty
unedeuxtrois undeuxtrois undeuxtroisquatre unoduetre abcdef abc123
chocolatine painauchocolat pastis ricard pernod pinard rouge blanc noir
gros petit grand beau belle joli jolie moi toi nous vous bebe123
bienvenue1 bienvenu accueil entrer connexion ouvrir fermer clef cle
utilisateur1 test test123 essai essai1 demo changeme changer nouveau
provisoire temporaire temp motdepasseprovisoire
""".split()

FRENCH_PASSWORDS: tuple[str, ...] = tuple(dict.fromkeys(_TEXT))
