docker run -d -p 5000:5000 --name registry registry:2
docker build -t localhost:5000/greeter:1.0 .
docker push localhost:5000/greeter:1.0
docker run --rm localhost:5000/greeter:1.0
