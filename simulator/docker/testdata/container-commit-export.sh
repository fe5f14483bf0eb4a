docker run --name web alpine sh -c 'echo hello > /greeting.txt; mkdir -p /app; echo "print(1)" > /app/main.py'
docker commit web
docker images
docker commit -m "add a greeting" -a "Ada <ada@example.com>" web greeter:v1
docker images
docker history greeter:v1
docker inspect -f '{{.Comment}}|{{.Author}}|{{json .Config.Cmd}}|{{.Parent}}' greeter:v1
docker run --rm greeter:v1 cat /greeting.txt
docker commit -c 'CMD ["cat", "/greeting.txt"]' -c 'ENV GREETING=hi' -c 'EXPOSE 8080' -c 'WORKDIR /app' -c 'LABEL stage=demo' web greeter:v2
docker inspect -f '{{json .Config.Cmd}} {{json .Config.Env}} {{json .Config.ExposedPorts}} {{.Config.WorkingDir}} {{json .Config.Labels}}' greeter:v2
docker run --rm greeter:v2
docker commit -c 'RUN echo nope' web
docker commit -c 'FOO bar' web
docker commit web Greeter
docker commit web greeter@sha256:0000000000000000000000000000000000000000000000000000000000000000
docker commit nope
docker commit
docker commit a b c
docker create --name fresh alpine
docker commit fresh fresh-copy
docker history fresh-copy
docker export web -o web.tar
tar -tf web.tar | grep -E '^(greeting.txt|app/)'
docker export -o nodir/web.tar web
docker export nope -o x.tar
docker export web | tar -tf - | grep greeting
