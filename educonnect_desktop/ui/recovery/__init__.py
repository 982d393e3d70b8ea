"""Recovery journeys: "Identifiant perdu" and "Mot de passe perdu".

Built on the activation journeys' `FlowWizard` (`ui.registration`), with their flows in
`flows.recovery`. No screen ever says whether an account matched what was typed.
"""
