DROP TABLE account_messages;
