CREATE TABLE products (
    id serial PRIMARY KEY,
    name varchar(40) NOT NULL,
    price numeric
);
INSERT INTO products (name, price) VALUES ('tea', 3.5), ('coffee', 4);
