"""Pages of the Quartier network: the actor inventory ("Akteure") and cooperation ("Kooperation")."""
