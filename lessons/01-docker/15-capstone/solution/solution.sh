docker build -t python-helloworld:v1.0.0 .
echo "# release notes: first version" >> app.py
docker build -t python-helloworld:v1.0.0 .
docker run -d -p 5000:5000 --name registry registry:2
docker tag python-helloworld:v1.0.0 localhost:5000/python-helloworld:v1.0.0
docker push localhost:5000/python-helloworld:v1.0.0
docker run -d --name hello -p 5111:5000 -e APP_ENV=production --cpus 1 localhost:5000/python-helloworld:v1.0.0
docker logs hello
curl localhost:5111
