#include "secretstore.h"

// Out of line so the vtable has one home.
SecretStore::~SecretStore() = default;
