package io.gatehouse.notification;

import io.gatehouse.shared.NotFound;

public class ConnectorNotFound extends NotFound {

    public ConnectorNotFound() {
        super("notifications.connector_not_found", "No such connector in this organization");
    }
}
